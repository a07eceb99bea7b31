import { JOB_CHUNK_AUDIT_ACTION } from '@chime-console/contracts';
import type { NewAuditEntry } from '../audit/audit-log.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { JOB_KINDS } from './job-kinds.ts';

/** Targets named in an entry; beyond that the counts say how many. */
const TARGETS_SHOWN = 20;

/**
 * The audit entry for one chunk's call: the runner changes Chime on behalf of the job's creator
 * long after the request that created the job, so each call is recorded with Chime's request ID.
 */
export function chunkAuditEntry(
  chunk: ClaimedChunk,
  call: { result: 'ok' | 'error'; outcomes: readonly ItemOutcome[]; requestId?: string | undefined; errorCode?: string | undefined },
): NewAuditEntry {
  const ok = call.outcomes.filter((outcome) => outcome.status === 'ok').length;
  const targets = chunk.items.map((item) => item.target);
  return {
    actor: chunk.createdBy,
    action: JOB_CHUNK_AUDIT_ACTION,
    accountId: chunk.accountId,
    ...(chunk.kind !== 'invite' && targets.length === 1 && { userId: targets[0] }),
    input: {
      jobId: chunk.jobId,
      kind: chunk.kind,
      operation: JOB_KINDS[chunk.kind].operation,
      chunk: chunk.chunkNo,
      attempt: chunk.attempts,
      items: targets.length,
      ok,
      failed: call.outcomes.length - ok,
      targets: targets.slice(0, TARGETS_SHOWN),
      ...(chunk.licenseType !== null && { licenseType: chunk.licenseType }),
    },
    result: call.result,
    ...(call.errorCode !== undefined && { errorCode: call.errorCode }),
    ...(call.requestId !== undefined && { upstreamRequestId: call.requestId }),
  };
}
