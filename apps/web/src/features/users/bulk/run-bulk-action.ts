import { BATCH_LICENSE_LIMIT, BATCH_USER_LIMIT, type ItemResult, type License } from '@chime-console/contracts';
import { ApiError, messageOf } from '@/lib/api-error.ts';
import { batchChangeLicense } from '../api/batch-change-license.ts';
import { batchSuspend } from '../api/batch-suspend.ts';
import { batchUnsuspend } from '../api/batch-unsuspend.ts';
import { logoutUser } from '../api/logout-user.ts';

export type BulkAction = { kind: 'license'; licenseType: License } | { kind: 'suspend' } | { kind: 'unsuspend' } | { kind: 'signOut' };

/** Sign-outs are one call per user: a few at a time keeps the upstream rate limit in reach. */
const SIGN_OUT_CONCURRENCY = 4;

/**
 * Runs a bulk action in API-sized chunks, one chunk after another, and answers one result per
 * user: a chunk that fails as a whole marks each of its users with that error instead of stopping.
 * (Beyond DIRECT_LIMIT users an action runs on the server as a bulk job; this is the in-browser version.)
 */
export async function runBulkAction(
  accountId: string,
  action: BulkAction,
  userIds: readonly string[],
  onProgress: (done: number) => void,
): Promise<ItemResult[]> {
  if (action.kind === 'signOut') return signOutEach(accountId, userIds, onProgress);
  const size = action.kind === 'license' ? BATCH_LICENSE_LIMIT : BATCH_USER_LIMIT;
  const results: ItemResult[] = [];
  for (let start = 0; start < userIds.length; start += size) {
    const chunk = userIds.slice(start, start + size);
    try {
      const answer = await callChunk(accountId, action, chunk);
      results.push(...answer.results);
    } catch (error) {
      results.push(...chunk.map((userId) => failed(userId, error)));
    }
    onProgress(results.length);
  }
  return results;
}

function callChunk(accountId: string, action: Exclude<BulkAction, { kind: 'signOut' }>, userIds: string[]) {
  if (action.kind === 'license') return batchChangeLicense(accountId, userIds, action.licenseType);
  return action.kind === 'suspend' ? batchSuspend(accountId, userIds) : batchUnsuspend(accountId, userIds);
}

async function signOutEach(accountId: string, userIds: readonly string[], onProgress: (done: number) => void): Promise<ItemResult[]> {
  const results = new Array<ItemResult>(userIds.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < userIds.length) {
      const index = next++;
      const userId = userIds[index] as string;
      try {
        await logoutUser(accountId, userId);
        results[index] = { userId, ok: true };
      } catch (error) {
        results[index] = failed(userId, error);
      }
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SIGN_OUT_CONCURRENCY, userIds.length) }, worker));
  return results;
}

function failed(userId: string, error: unknown): ItemResult {
  const code = error instanceof ApiError ? error.problem.code : 'error';
  return { userId, ok: false, error: { code, message: messageOf(error) } };
}
