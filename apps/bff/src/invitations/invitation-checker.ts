import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { checkAccountInvitations, claimAccountsToCheck } from './reconcile.ts';

export interface InvitationCheckerOptions {
  db: Database;
  gateway: ChimeGateway;
  logger: Logger;
  /** How often each account with open invitations is read back from Chime. */
  everySeconds: number;
  metrics?: Pick<Metrics, 'reconciled'>;
}

/** Accounts checked per round: a round is one account's scan after another, never many at once. */
const ACCOUNTS_PER_ROUND = 20;

/** Background Chime calls per second and replica: checking never crowds out the calls people wait for. */
const CALLS_PER_SECOND = 5;

/**
 * Keeps the console's invitation records in step with Chime without anyone opening an account: a
 * manager's overview shows an acceptance within about `everySeconds`. Replicas share the work
 * through the database claim; a failed check is logged and tried again next time.
 */
export class InvitationChecker {
  readonly #options: InvitationCheckerOptions;
  #timer: NodeJS.Timeout | undefined;
  #round: Promise<void> = Promise.resolve();
  #stopped = false;
  // Ends a round's paced waits at once when the server stops, rather than after its last call.
  readonly #abort = new AbortController();

  constructor(options: InvitationCheckerOptions) {
    this.#options = options;
  }

  start(): void {
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#abort.abort();
    clearTimeout(this.#timer);
    await this.#round;
  }

  /** The next round starts a fraction of the period after this one ends: a slow scan never piles rounds up. */
  #schedule(): void {
    if (this.#stopped) return;
    const tick = Math.max(250, Math.min(this.#options.everySeconds * 1000, 10_000) / 4);
    this.#timer = setTimeout(() => {
      this.#round = this.#check().finally(() => {
        this.#schedule();
      });
    }, tick);
  }

  readonly #pace = async (): Promise<void> => {
    await delay(1000 / CALLS_PER_SECOND, undefined, { signal: this.#abort.signal });
  };

  async #check(): Promise<void> {
    const { db, gateway, logger, everySeconds, metrics } = this.#options;
    try {
      const accounts = await claimAccountsToCheck(db, everySeconds, ACCOUNTS_PER_ROUND);
      for (const accountId of accounts) {
        if (this.#stopped) return;
        await checkAccountInvitations(db, gateway, accountId, this.#pace).then(
          () => metrics?.reconciled('invitations', 'ok'),
          (error: unknown) => {
            if (this.#stopped) return;
            metrics?.reconciled('invitations', 'failed');
            logger.warn({ err: error, accountId }, 'invitation statuses could not be checked; next round tries again');
          },
        );
      }
    } catch (error) {
      if (!this.#stopped) logger.warn({ err: error }, 'invitation check round failed');
    }
  }
}
