import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import type { Pacer } from '../upstream/upstream-budget.ts';
import { claimDueAccount, claimListing, freeDeadLeases, releaseAccount, releaseListing } from './sweep-claims.ts';
import { sweepAccount, sweepListing, type SweepContext } from './sweep.ts';

export interface DirectorySweeperOptions {
  db: Database;
  /** A gateway of its own: the sweep writes what it reads itself, page by page with its claim. */
  chime: ChimeGateway;
  pacer: Pacer;
  logger: Logger;
  /** Each account (and the list of accounts) is read again this long after its last read. */
  everySeconds: number;
  leaseSeconds?: number;
  /** How often a sweeper with nothing due looks again. */
  idleMs?: number;
}

/** A sweep that failed (Chime down, a 5xx) is tried again after this long, from where it stopped. */
const RETRY_SECONDS = 30;

/**
 * Keeps the directory index in step with Chime: the list of accounts, then each account's users,
 * least recently read first, one claim at a time. Replicas share the work through the claims, so
 * no account (and no page) is read twice at once; every call waits for the sweep's turn in the
 * shared upstream budget, which people and jobs go before.
 */
export class DirectorySweeper {
  readonly owner = `sweep-${randomUUID()}`;
  readonly #options: DirectorySweeperOptions;
  readonly #stop = new AbortController();
  #loop: Promise<void> = Promise.resolve();

  constructor(options: DirectorySweeperOptions) {
    this.#options = options;
  }

  start(): void {
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#loop;
  }

  async #run(): Promise<void> {
    const { db, logger, idleMs = 1_000 } = this.#options;
    if (db.kind === 'pglite') {
      await freeDeadLeases(db).catch((error: unknown) => {
        logger.warn({ err: error }, 'sweep leases not freed');
      });
    }
    while (!this.#stop.signal.aborted) {
      const worked = await this.#round().catch((error: unknown) => {
        if (!this.#stop.signal.aborted) logger.warn({ err: error }, 'directory sweep round failed; the next one tries again');
        return false;
      });
      if (!worked) await sleep(idleMs, undefined, { signal: this.#stop.signal }).catch(() => undefined);
    }
  }

  /** The list of accounts when due, else the next account due; false when nothing was. */
  async #round(): Promise<boolean> {
    const { db, logger } = this.#options;
    const context = this.#context();
    const listing = await claimListing(db, this.owner, context.leaseSeconds);
    if (listing) {
      await sweepListing(context, listing).catch(async (error: unknown) => {
        // Stopping: another replica (or the next start) continues from the page this one reached.
        if (this.#stop.signal.aborted) return releaseListing(db, this.owner, 0);
        logger.warn({ err: error }, 'the list of accounts could not be read; trying again later from where it stopped');
        return releaseListing(db, this.owner, RETRY_SECONDS);
      });
      return true;
    }
    const claim = await claimDueAccount(db, this.owner, context.leaseSeconds);
    if (!claim) return false;
    await sweepAccount(context, claim).catch(async (error: unknown) => {
      if (this.#stop.signal.aborted) return releaseAccount(db, claim, this.owner, 0);
      logger.warn(
        { err: error, accountId: claim.accountId },
        "an account's users could not be read; trying again later from where it stopped",
      );
      return releaseAccount(db, claim, this.owner, RETRY_SECONDS);
    });
    return true;
  }

  #context(): SweepContext & { leaseSeconds: number } {
    const { db, chime, pacer, everySeconds, leaseSeconds = 30 } = this.#options;
    return { db, chime, pacer, owner: this.owner, leaseSeconds, everySeconds, signal: this.#stop.signal };
  }
}
