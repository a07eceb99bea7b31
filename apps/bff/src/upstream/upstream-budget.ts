import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Queryable } from '../db/index.ts';

/**
 * Who is calling Chime, in the order they are served: a person waiting on a page, then bulk jobs
 * (and their reconciliation), then the directory sweep, which only uses what the others leave.
 */
export type Priority = 'interactive' | 'jobs' | 'sweep';

export interface BudgetSettings {
  /** Calls per second per operation for the whole deployment, every replica together. */
  rate: number;
  /** Calls that may go at once after a quiet spell. */
  burst: number;
  /** The same for ListUsers, the read that sweeps and reconciliations make most. */
  lookupRate: number;
}

/** What a paced caller needs: its turn for a call, and to say when Chime throttled one. */
export interface Pacer {
  /** Resolves when a call to `operation` may go. */
  acquire(operation: string, signal?: AbortSignal): Promise<void>;
  /** Chime answered 429: every replica slows down, and waits out `retryAfterSeconds`. */
  throttled(operation: string, retryAfterSeconds?: number): void;
}

/** The operation reconciliation lookups and sweeps read users with, paced at the lookup rate. */
export const LOOKUP_OPERATION = 'ListUsers';

const MIN_RATE = 0.2;
/**
 * Aim this much under the limit: our clock and Chime's drift apart, and a request's travel time
 * varies, so pacing at exactly the limit still meets the odd 429, which costs far more (a
 * Retry-After pause and a slower rate) than the margin does.
 */
const HEADROOM = 0.98;
/** Multiplied into the rate on each throttle: back off fast... */
const DECREASE = 0.7;
/** ...and recover slowly, by this share of the target rate per call granted. */
const INCREASE = 0.02;
/** A job may book a call this far past the burst: the queue of calls it waits behind. */
const JOB_QUEUE_SECONDS = 2;
/** A refused caller asks again after at most this long. */
const POLL_MS = 250;
/** Interactive calls are noted locally and told to the shared budget this often. */
const FLUSH_MS = 100;

interface Booking {
  ahead: number;
  rate: number;
  granted: boolean;
}

/**
 * One rate budget per Chime operation, shared by every replica through the database: a token bucket
 * kept as the time the calls granted so far have spent it until (GCRA's theoretical arrival time),
 * in one row per operation that each booking moves on under a row lock.
 *
 * - Interactive calls never wait for it: each is noted (in batches, off the request's path) and
 *   pushes the others' bookings later, so a person never waits behind a job or a sweep.
 * - Jobs book a slot at most the burst plus JOB_QUEUE_SECONDS ahead, and sleep until it comes.
 * - The sweep books only when the budget is idle (at most one call ahead), so it takes what is left.
 *
 * A 429 lowers the shared rate (and waits out Retry-After for every replica); each granted call
 * brings it back a little, up to the configured rate less the headroom.
 */
export class UpstreamBudget {
  readonly #db: Queryable;
  readonly #settings: BudgetSettings;
  readonly #logger: Logger | undefined;
  readonly #ensured = new Map<string, Promise<void>>();
  readonly #unflushed = new Map<string, number>();
  #flushing: Promise<void> = Promise.resolve();
  #flushTimer: NodeJS.Timeout | undefined;

  constructor(db: Queryable, settings: BudgetSettings, logger?: Logger) {
    this.#db = db;
    this.#settings = settings;
    this.#logger = logger;
  }

  /** The pacer of a background caller. */
  pacer(priority: Exclude<Priority, 'interactive'>): Pacer {
    return {
      acquire: (operation, signal) => this.#acquire(priority, operation, signal),
      throttled: (operation, retryAfterSeconds) => {
        this.throttled(operation, retryAfterSeconds);
      },
    };
  }

  /** An interactive call went to Chime: the background ones book after it. */
  spent(operation: string): void {
    this.#unflushed.set(operation, (this.#unflushed.get(operation) ?? 0) + 1);
    this.#flushTimer ??= setTimeout(() => {
      this.#flushTimer = undefined;
      this.#flushing = this.#flushing.then(() => this.#flush());
    }, FLUSH_MS);
  }

  throttled(operation: string, retryAfterSeconds = 0): void {
    void this.#ensure(operation)
      .then(() =>
        this.#db.query(
          `UPDATE upstream_budget SET rate = greatest($2::float8, rate * $3::float8),
             spent_until = greatest(spent_until, clock_timestamp() + make_interval(secs => $4::float8 + $5::float8 / greatest($2::float8, rate * $3::float8)))
           WHERE operation = $1`,
          [operation, MIN_RATE, DECREASE, retryAfterSeconds, this.#settings.burst - 1],
        ),
      )
      .catch((error: unknown) => this.#logger?.warn({ err: error, operation }, 'a throttle could not be recorded in the upstream budget'));
  }

  /** Tells the shared budget of the interactive calls not yet told; on stop, before the database closes. */
  async stop(): Promise<void> {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#flushing = this.#flushing.then(() => this.#flush());
    await this.#flushing;
  }

  /** The rate the budget allows `operation` now: the configured one, or less after 429s. */
  async currentRate(operation: string): Promise<number> {
    await this.#ensure(operation);
    const [row] = await this.#db.query<{ rate: number }>('SELECT rate FROM upstream_budget WHERE operation = $1', [operation]);
    return row?.rate ?? this.#target(operation);
  }

  async #acquire(priority: Exclude<Priority, 'interactive'>, operation: string, signal?: AbortSignal): Promise<void> {
    await this.#ensure(operation);
    // How far ahead of now a booking may land: for jobs, the burst and a short queue; the sweep, one call.
    const [seconds, calls] = priority === 'jobs' ? [JOB_QUEUE_SECONDS, this.#settings.burst - 1] : [0, 1];
    for (;;) {
      signal?.throwIfAborted();
      const booking = await this.#book(operation, seconds, calls);
      const burstSeconds = (this.#settings.burst - 1) / booking.rate;
      if (booking.granted) {
        const waitMs = Math.ceil(Math.max(0, booking.ahead - burstSeconds) * 1000);
        if (waitMs > 0) await sleep(waitMs, undefined, { signal });
        return;
      }
      const allowed = seconds + calls / booking.rate;
      await sleep(Math.min(POLL_MS, Math.ceil((booking.ahead - allowed) * 1000) + 1), undefined, { signal });
    }
  }

  /** Books the next call if the budget is spent no further than `seconds + calls / rate` ahead. */
  async #book(operation: string, seconds: number, calls: number): Promise<Booking> {
    const target = this.#target(operation);
    const [row] = await this.#db.query<Booking>(
      `WITH before AS (
         SELECT operation, rate, greatest(extract(epoch FROM spent_until - clock_timestamp())::float8, 0) AS ahead
         FROM upstream_budget WHERE operation = $1 FOR UPDATE
       ), booked AS (
         UPDATE upstream_budget b SET
           spent_until = clock_timestamp() + make_interval(secs => before.ahead + 1 / before.rate),
           rate = least($2::float8, before.rate + $2::float8 * $3::float8)
         FROM before
         WHERE b.operation = before.operation AND before.ahead <= $4::float8 + $5::float8 / before.rate
         RETURNING b.operation
       )
       SELECT ahead, rate, EXISTS (SELECT 1 FROM booked) AS granted FROM before`,
      [operation, target, INCREASE, seconds, calls],
    );
    if (row === undefined) throw new Error(`upstream budget row for ${operation} is missing`);
    return row;
  }

  async #flush(): Promise<void> {
    const spent = [...this.#unflushed];
    this.#unflushed.clear();
    if (spent.length === 0) return;
    try {
      await Promise.all(spent.map(([operation]) => this.#ensure(operation)));
      await this.#db.query(
        `UPDATE upstream_budget b SET spent_until = greatest(b.spent_until, clock_timestamp()) + make_interval(secs => s.calls / b.rate)
         FROM jsonb_to_recordset($1::text::jsonb) AS s(operation text, calls int) WHERE b.operation = s.operation`,
        [JSON.stringify(spent.map(([operation, calls]) => ({ operation, calls })))],
      );
    } catch (error) {
      // The calls went anyway; the background merely books a little early until the next 429.
      this.#logger?.warn({ err: error }, 'interactive calls could not be recorded in the upstream budget');
    }
  }

  #ensure(operation: string): Promise<void> {
    let ensured = this.#ensured.get(operation);
    if (!ensured) {
      ensured = this.#db
        .query('INSERT INTO upstream_budget (operation, rate) VALUES ($1, $2) ON CONFLICT (operation) DO NOTHING', [
          operation,
          this.#target(operation),
        ])
        .then(() => undefined);
      // A failure (the database down) is tried again by the next call.
      ensured.catch(() => this.#ensured.delete(operation));
      this.#ensured.set(operation, ensured);
    }
    return ensured;
  }

  #target(operation: string): number {
    return (operation === LOOKUP_OPERATION ? this.#settings.lookupRate : this.#settings.rate) * HEADROOM;
  }
}
