import { setTimeout as sleep } from 'node:timers/promises';
import type { User } from '@chime-console/contracts';
import type { ChimeGateway, ListUsersInput } from '../chime/index.ts';
import { AppError } from '../http/app-error.ts';
import { backoff } from './backoff.ts';
import type { ClaimedChunk, ItemOutcome } from './chunk-queue.ts';
import { LOOKUP_OPERATION, type Pacer } from '../upstream/upstream-budget.ts';

/**
 * Tries of one lookup in one reconcile round. With 10% of reads failing, four tries leave one
 * lookup in 10,000 unanswered; that one waits for the chunk's next round rather than holding
 * up the round's other 49.
 */
export const LOOKUP_TRIES = 4;
/** Lookups in flight at once while reconciling a chunk; each still waits for its token. */
const RECONCILE_CONCURRENCY = 5;
/**
 * From this many uncertain emails a pass over the account's users (200 a page) is tried first: for
 * an account of a few thousand users it asks Chime far fewer times than one lookup per email.
 */
export const SCAN_FROM_ITEMS = 20;
const SCAN_PAGE_SIZE = 200;
/** Accounts whose pass cost more pages than a chunk's lookups would: looked up email by email from then on. */
const tooLargeToScan = new Set<string>();

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
  pacer: Pacer,
  chunk: ClaimedChunk,
  signal: AbortSignal,
): Promise<Reconciliation> {
  const scanned = await scanForInvites(gateway, pacer, chunk, signal);
  const lookups: Lookup[] = scanned.seen;
  const queue = [...scanned.unseen];
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

/**
 * One pass over the account's users, when the chunk is large enough for it to pay: a complete pass
 * shows each email present, or positively absent. The pass stops when it has cost as many pages as
 * half the lookups it saves, or when a page keeps failing; the emails it did not see are then
 * looked up one by one (those it saw stay confirmed). Absence rests on ListUsers paging a stable
 * order (its NextToken names the last user served), so a user present throughout is listed once.
 */
async function scanForInvites(
  gateway: ChimeGateway,
  pacer: Pacer,
  chunk: ClaimedChunk,
  signal: AbortSignal,
): Promise<{ seen: Lookup[]; unseen: Item[] }> {
  if (chunk.items.length < SCAN_FROM_ITEMS || tooLargeToScan.has(chunk.accountId)) return { seen: [], unseen: chunk.items };
  const unseen = new Map(chunk.items.map((item) => [item.target.toLowerCase(), item]));
  const found: Lookup[] = [];
  let nextToken: string | undefined;
  for (let pages = 0; pages < Math.floor(chunk.items.length / 2); pages++) {
    const read = await withTries(pacer, signal, () =>
      listWithId(gateway, chunk.accountId, { maxResults: SCAN_PAGE_SIZE, ...(nextToken !== undefined && { nextToken }) }),
    );
    if (!('value' in read)) return { seen: found, unseen: [...unseen.values()] };
    for (const user of read.value.items) {
      const item = unseen.get(user.email?.toLowerCase() ?? '');
      if (item === undefined) continue;
      unseen.delete(item.target.toLowerCase());
      found.push(seen(item, user, read.value.requestId));
    }
    nextToken = read.value.nextToken;
    if (nextToken === undefined)
      return { seen: [...found, ...[...unseen.values()].map((item) => seen(item, undefined, undefined))], unseen: [] };
  }
  tooLargeToScan.add(chunk.accountId);
  return { seen: found, unseen: [...unseen.values()] };
}

async function lookUp(gateway: ChimeGateway, pacer: Pacer, accountId: string, item: Item, signal: AbortSignal): Promise<Lookup> {
  const read = await withTries(pacer, signal, () => listWithId(gateway, accountId, { email: item.target, maxResults: 1 }));
  if ('value' in read) return seen(item, read.value.items[0], read.value.requestId);
  return { item, seen: 'unknown', ...(read.error && { error: read.error }) };
}

/** A read, with Chime's request ID for it: a confirmed invitation's audit entry names the read that confirmed it. */
async function listWithId(gateway: ChimeGateway, accountId: string, input: ListUsersInput) {
  const requestIds: string[] = [];
  const page = await gateway.tracing(requestIds).listUsers(accountId, input);
  return { ...page, requestId: requestIds.at(-1) };
}

/**
 * One ListUsers read, paced and tried up to LOOKUP_TRIES times on its own: a 429 waits out its
 * Retry-After in the pacer, a 5xx backs off. No value when it kept failing, was refused, or the
 * worker stopped or lost the chunk.
 */
async function withTries<T>(pacer: Pacer, signal: AbortSignal, read: () => Promise<T>): Promise<{ value: T } | { error?: AppError }> {
  // A call, not the property: the compiler would take `aborted` as still false inside the loop.
  const stopped = () => signal.aborted;
  for (let tries = 1; !stopped(); tries++) {
    try {
      await pacer.acquire(LOOKUP_OPERATION, signal);
      const value = await read();
      return { value };
    } catch (error) {
      if (stopped()) break;
      if (!(error instanceof AppError)) throw error;
      if (error.status === 429) pacer.throttled(LOOKUP_OPERATION, error.retryAfter);
      if (!error.retryable || tries >= LOOKUP_TRIES) return { error };
      if (error.status !== 429) await sleep(backoff(tries), undefined, { signal }).catch(() => undefined);
    }
  }
  return {};
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
    retryable: true,
  };
  return found.unknown.map(({ seq }) => ({ seq, status: 'failed', error }));
}
