import { JOB_CHUNK_AUDIT_ACTION } from '@chime-console/contracts';
import { upstreamCalls, type NewAuditEntry } from '../audit/audit-log.ts';
import type { AppError } from '../http/app-error.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { JOB_KINDS } from './job-kinds.ts';
import { LOOKUP_OPERATION } from '../upstream/upstream-budget.ts';
import type { Reconciliation } from './reconcile-invites.ts';

/** Targets named in an entry; beyond that the counts say how many. */
const TARGETS_SHOWN = 20;

interface ChunkCall {
  result: 'ok' | 'error';
  outcomes: readonly ItemOutcome[];
  /** Chime's request IDs of the calls to `operation`, in order. */
  requestIds?: readonly string[];
  errorCode?: string | undefined;
  /** The Chime operation the entry is about; the chunk's own by default. */
  operation?: string;
  /** More of the entry's input. */
  detail?: Record<string, unknown>;
}

/**
 * The audit entry for one chunk's call: the runner changes Chime on behalf of the job's creator
 * long after the request that created the job, so each call is recorded with Chime's request ID.
 */
export function chunkAuditEntry(chunk: ClaimedChunk, call: ChunkCall): NewAuditEntry {
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
      operation: call.operation ?? JOB_KINDS[chunk.kind].operation,
      chunk: chunk.chunkNo,
      attempt: chunk.attempts,
      items: targets.length,
      ok,
      failed: call.outcomes.length - ok,
      targets: targets.slice(0, TARGETS_SHOWN),
      ...(chunk.licenseType !== null && { licenseType: chunk.licenseType }),
      ...call.detail,
    },
    result: call.result,
    ...(call.errorCode !== undefined && { errorCode: call.errorCode }),
    ...upstreamCalls(call.requestIds ?? []),
  };
}

/**
 * Invitations an earlier call made whose answer was lost (a 5xx after serving, a killed worker):
 * the entry is the InviteUsers call's, confirmed by looking the emails up. It carries no request ID
 * of its own, since Chime's answer never arrived; the lookups' IDs are named as ListUsers ones.
 */
export function confirmedAuditEntry(chunk: ClaimedChunk, confirmed: Reconciliation['confirmed'], round: number): NewAuditEntry {
  return chunkAuditEntry(
    { ...chunk, items: confirmed.map(({ item }) => item) },
    {
      result: 'ok',
      outcomes: confirmed.map(({ outcome }) => outcome),
      detail: {
        confirmedBy: 'lookup',
        reconcile: round,
        lookupOperation: LOOKUP_OPERATION,
        lookupRequestIds: confirmed.map(({ requestId }) => requestId ?? null),
      },
    },
  );
}

/** A reconcile that gave up: the call that failed is the lookup, so the entry names ListUsers and its request ID. */
export function unknownOutcomeAuditEntry(
  chunk: ClaimedChunk,
  unknown: Reconciliation['unknown'],
  outcomes: readonly ItemOutcome[],
  error: AppError | undefined,
  round: number,
): NewAuditEntry {
  return chunkAuditEntry(
    { ...chunk, items: unknown },
    {
      result: 'error',
      outcomes,
      operation: LOOKUP_OPERATION,
      errorCode: error?.code ?? 'outcome_unknown',
      requestIds: error?.upstreamRequestId === undefined ? [] : [error.upstreamRequestId],
      detail: { reconcile: round, outcome: 'unknown: may have been invited, not sent again' },
    },
  );
}
