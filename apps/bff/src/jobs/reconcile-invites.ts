import { setTimeout as sleep } from 'node:timers/promises';
import type { User } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import { AppError } from '../http/app-error.ts';
import { backoff } from './backoff.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { LOOKUP_OPERATION, type AdaptivePacer } from './pacer.ts';

/**
 * Tries of one lookup in one reconcile round. With 10% of reads failing, four tries leave one
 * lookup in 10,000 unanswered; that one waits for the chunk's next round rather than holding
 * up the round's other 49.
 */
export const LOOKUP_TRIES = 4;
/** Lookups in flight at once while reconciling a chunk; each still waits for its token. */
const RECONCILE_CONCURRENCY = 5;

type Item = ClaimedChunk['items'][number];

type Lookup =
  | { item: Item; seen: 'invited'; outcome: ItemOutcome; requestId: string | undefined }
  | { item: Item; seen: 'absent' }
  /** No answer: a failure (`error`), or the worker stopped or lost the chunk. */
  | { item: Item; seen: 'unknown'; error?: AppError };

/** What reconciling an uncertain invite chunk found out, email by email. */
export interface Reconciliation {
  /** Chime has a user for these: the earlier call invited them. Each with its lookup's request ID. */
  confirmed: { item: Item; outcome: ItemOutcome; requestId: string | undefined }[];
  /** A lookup showed no user, or a Failed invitation: sending these is what the job asks. */
  absent: Item[];
  /** No lookup answered: they may have been sent, so they are neither sent nor settled. */
  unknown: Item[];
  /** The last lookup failure, when an item is unknown because of one. */
  error: AppError | undefined;
}

/**
 * Before an uncertain invite chunk is sent again, each email is looked up in Chime: one the earlier
 * call invited is confirmed rather than invited twice. Each lookup is retried on its own, so one
 * failure costs one more read, not the other lookups' answers; an email only goes out again when
 * a lookup has shown it absent.
 */
export async function reconcileInvites(
  gateway: ChimeGateway,
  pacer: AdaptivePacer,
  chunk: ClaimedChunk,
  signal: AbortSignal,
): Promise<Reconciliation> {
  const lookups: Lookup[] = [];
  const queue = [...chunk.items];
  const work = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      lookups.push(await lookUp(gateway, pacer, chunk.accountId, item, signal));
    }
  };
  await Promise.all(Array.from({ length: RECONCILE_CONCURRENCY }, work));
  lookups.sort((a, b) => a.item.seq - b.item.seq);
  return {
    confirmed: lookups.flatMap((lookup) => (lookup.seen === 'invited' ? [lookup] : [])),
    absent: lookups.flatMap((lookup) => (lookup.seen === 'absent' ? [lookup.item] : [])),
    unknown: lookups.flatMap((lookup) => (lookup.seen === 'unknown' ? [lookup.item] : [])),
    error: lookups.flatMap((lookup) => (lookup.seen === 'unknown' && lookup.error ? [lookup.error] : [])).at(-1),
  };
}

async function lookUp(gateway: ChimeGateway, pacer: AdaptivePacer, accountId: string, item: Item, signal: AbortSignal): Promise<Lookup> {
  // A call, not the property: the compiler would take `aborted` as still false inside the loop.
  const stopped = () => signal.aborted;
  for (let tries = 1; !stopped(); tries++) {
    try {
      await pacer.acquire(LOOKUP_OPERATION, signal);
      const { items, requestId } = await gateway.listUsers(accountId, { email: item.target, maxResults: 1 });
      pacer.succeeded(LOOKUP_OPERATION);
      return seen(item, items[0], requestId);
    } catch (error) {
      if (stopped()) break;
      if (!(error instanceof AppError)) throw error;
      if (error.status === 429) pacer.throttled(LOOKUP_OPERATION, error.retryAfter);
      if (!error.retryable || tries >= LOOKUP_TRIES) return { item, seen: 'unknown', error };
      // A 429 waits out its Retry-After in the pacer; a 5xx backs off on its own.
      if (error.status !== 429) await sleep(backoff(tries), undefined, { signal }).catch(() => undefined);
    }
  }
  return { item, seen: 'unknown' };
}

/** An invitation Chime shows as Failed is left to be sent again: that is what retrying it means. */
function seen(item: Item, user: User | undefined, requestId: string | undefined): Lookup {
  if (!user || user.invitationStatus === 'Failed') return { item, seen: 'absent' };
  const { invitationStatus } = user;
  const outcome: ItemOutcome = {
    seq: item.seq,
    status: 'ok',
    reconciled: true,
    ...(invitationStatus !== undefined && { invitationStatus }),
  };
  return { item, seen: 'invited', requestId, outcome };
}

/**
 * The items of a reconcile that gave up: failed, and marked as possibly sent, never resent on a
 * guess. Their chunk stays marked as maybe sent, so retrying them looks them up first.
 */
export function unknownOutcomes(found: Reconciliation): ItemOutcome[] {
  const cause = found.error ? ` (${LOOKUP_OPERATION} failed: ${found.error.code})` : '';
  const error = {
    code: 'outcome_unknown',
    message: `An earlier call may have invited this email, and Chime could not be asked whether it did${cause}: it may have been sent, so it was not sent again. Check the user, or retry: a retry looks the email up first.`,
  };
  return found.unknown.map(({ seq }) => ({ seq, status: 'failed', error }));
}
