import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../http/app-error.ts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import type { Pacer } from '../upstream/upstream-budget.ts';
import { upsertAccounts, upsertUsers, removeAccount } from './index-writes.ts';
import { advanceAccount, advanceListing, finishAccount, finishListing, type AccountClaim, type ListingClaim } from './sweep-claims.ts';

/** Chime's largest pages: fewest calls per user read. */
export const SWEEP_PAGE_SIZE = 200;

export interface SweepContext {
  db: Database;
  chime: ChimeGateway;
  /** Waits for each call's turn in the upstream budget; absent for "Refresh now", a person waiting. */
  pacer?: Pacer | undefined;
  /** The claim's holder, renewed with every page. */
  owner: string;
  leaseSeconds: number;
  /** When the swept account (or list) is due again. */
  everySeconds: number;
  signal?: AbortSignal | undefined;
}

export type SweepOutcome = 'finished' | 'lost' | 'gone';

/**
 * Reads one account's users from the claim's page to the last, each page written to the index with
 * the claim moved on in one transaction, so a kill between pages loses nothing and repeats nothing.
 */
export async function sweepAccount(context: SweepContext, claim: AccountClaim): Promise<SweepOutcome> {
  const { db, chime, owner, leaseSeconds } = context;
  let token = claim.token;
  do {
    const readAt = new Date();
    let page;
    try {
      page = await paced(context, 'ListUsers', () => chime.listUsers(claim.accountId, { maxResults: SWEEP_PAGE_SIZE, nextToken: token }));
    } catch (error) {
      if (error instanceof AppError && error.status === 404) {
        await removeAccount(db, claim.accountId);
        return 'gone';
      }
      throw error;
    }
    const held = await db.transaction(async (tx) => {
      if (!(await advanceAccount(tx, claim, owner, page.nextToken, leaseSeconds))) return false;
      await upsertUsers(tx, claim.accountId, page.items, readAt);
      return true;
    });
    if (!held) return 'lost';
    token = page.nextToken;
  } while (token !== undefined);
  return (await finishAccount(db, claim, owner, context.everySeconds)) ? 'finished' : 'lost';
}

/** Reads the list of accounts the same way: page by page, resumable, then drops the accounts Chime no longer lists. */
export async function sweepListing(context: SweepContext, claim: ListingClaim): Promise<SweepOutcome> {
  const { db, chime, owner, leaseSeconds } = context;
  let token = claim.token;
  do {
    const readAt = new Date();
    const page = await paced(context, 'ListAccounts', () => chime.listAccounts({ maxResults: SWEEP_PAGE_SIZE, nextToken: token }));
    const held = await db.transaction(async (tx) => {
      if (!(await advanceListing(tx, owner, page.nextToken, leaseSeconds))) return false;
      await upsertAccounts(tx, page.items, readAt);
      return true;
    });
    if (!held) return 'lost';
    token = page.nextToken;
  } while (token !== undefined);
  return (await finishListing(db, claim, owner, context.everySeconds)) ? 'finished' : 'lost';
}

/** One call in its turn; a 429 is told to the budget and the same page asked again after Retry-After. */
async function paced<T>(context: SweepContext, operation: string, call: () => Promise<T>): Promise<T> {
  const { pacer, signal } = context;
  for (;;) {
    await pacer?.acquire(operation, signal);
    try {
      return await call();
    } catch (error) {
      if (pacer === undefined || !(error instanceof AppError) || error.status !== 429) throw error;
      pacer.throttled(operation, error.retryAfter);
      // The budget now makes every replica wait too; this page waits out Retry-After at least.
      await sleep((error.retryAfter ?? 1) * 1000, undefined, { signal });
    }
  }
}
