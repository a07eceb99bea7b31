import type { License, User } from '@chime-console/contracts';
import type { ChimeGateway, InviteResult } from '../chime/index.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { LOOKUP_OPERATION, type AdaptivePacer } from './pacer.ts';

export interface ChunkAnswer {
  outcomes: ItemOutcome[];
  /** Invitations Chime accepted, to record for tracking. */
  invites: InviteResult[];
  /** Chime's request ID for the call (the last one, for one call per user), for the audit. */
  requestId: string | undefined;
}

/** One Chime call for the chunk's pending items; per-item errors become failed items, never a blanket failure. */
export async function sendChunk(gateway: ChimeGateway, chunk: ClaimedChunk): Promise<ChunkAnswer> {
  const targets = chunk.items.map((item) => item.target);
  const seqOf = new Map(chunk.items.map((item) => [item.target, item.seq]));
  const { accountId } = chunk;
  switch (chunk.kind) {
    case 'invite': {
      const { invites, requestId } = await gateway.inviteUsers(accountId, targets, (chunk.userType ?? undefined) as User['userType']);
      const outcomes = chunk.items.map(({ seq, target }, index): ItemOutcome => {
        const invite = invites[index];
        if (!invite) return { seq, status: 'failed', error: { code: 'no_result', message: `Chime returned no invitation for ${target}.` } };
        return {
          seq,
          status: invite.status === 'Failed' ? 'failed' : 'ok',
          ...(invite.inviteId !== undefined && { inviteId: invite.inviteId }),
          ...(invite.status !== undefined && { invitationStatus: invite.status }),
          ...(invite.emailStatus !== undefined && { emailStatus: invite.emailStatus }),
          ...(invite.status === 'Failed' && { error: { code: 'invitation_failed', message: 'Chime could not send this invitation.' } }),
        };
      });
      return { outcomes, invites, requestId };
    }
    case 'logout': {
      const answers = await Promise.all(targets.map((userId) => gateway.logoutUser(accountId, userId)));
      return { outcomes: chunk.items.map(({ seq }) => ({ seq, status: 'ok' })), invites: [], requestId: answers.at(-1)?.requestId };
    }
    case 'license':
    case 'suspend':
    case 'unsuspend': {
      const { results, requestId } =
        chunk.kind === 'license'
          ? await gateway.batchUpdateLicense(accountId, targets, chunk.licenseType as License)
          : chunk.kind === 'suspend'
            ? await gateway.batchSuspend(accountId, targets)
            : await gateway.batchUnsuspend(accountId, targets);
      const outcomes = results.map((result): ItemOutcome => ({
        seq: seqOf.get(result.userId) ?? -1,
        status: result.ok ? 'ok' : 'failed',
        ...(result.error && { error: result.error }),
      }));
      return { outcomes: outcomes.filter((outcome) => outcome.seq >= 0), invites: [], requestId };
    }
  }
}

/** Lookups in flight at once while reconciling a chunk; each still waits for its token. */
const RECONCILE_CONCURRENCY = 5;

/**
 * Before an uncertain invite chunk is sent again: every email Chime already has a user for was
 * invited by the earlier attempt, so it is recorded as done and not sent twice. An invitation
 * Chime shows as Failed is left to be sent again: that is what retrying it means.
 */
export async function reconcileInvites(gateway: ChimeGateway, pacer: AdaptivePacer, chunk: ClaimedChunk): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = [];
  const queue = [...chunk.items];
  const lookUp = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      await pacer.acquire(LOOKUP_OPERATION);
      const { items } = await gateway.listUsers(chunk.accountId, { email: item.target, maxResults: 1 });
      pacer.succeeded(LOOKUP_OPERATION);
      const [user] = items;
      if (user && user.invitationStatus !== 'Failed') {
        const { seq } = item;
        outcomes.push({
          seq,
          status: 'ok',
          reconciled: true,
          ...(user.invitationStatus !== undefined && { invitationStatus: user.invitationStatus }),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: RECONCILE_CONCURRENCY }, lookUp));
  return outcomes;
}
