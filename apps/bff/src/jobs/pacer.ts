import { setTimeout as sleep } from 'node:timers/promises';

export interface PacerSettings {
  /** Calls per second per operation to aim for, and never exceed. */
  rate: number;
  /** Calls that may go at once after a quiet spell. */
  burst: number;
  /** Reconciliation lookups (ListUsers by email) per second: reads, cheaper than the writes they guard. */
  lookupRate: number;
}

/** The operation reconciliation lookups are paced as. */
export const LOOKUP_OPERATION = 'ListUsers';

interface Bucket {
  tokens: number;
  rate: number;
  /** The rate it aims for: the configured one, or the lookup rate. */
  target: number;
  updatedAt: number;
  /** Callers wait in line, so a burst of workers cannot all take the same token. */
  queue: Promise<void>;
}

const MIN_RATE = 0.2;
/**
 * Aim this much under the limit: our clock and Chime's drift apart, and a request's travel time
 * varies, so pacing at exactly the limit still meets the odd 429, which costs far more (a
 * Retry-After pause and a slower rate) than the margin does.
 */
const HEADROOM = 0.98;
/** Multiplied into the rate on each throttle: back off fast... */
const DECREASE = 0.7;
/** ...and recover slowly, by this share of the target rate per successful call. */
const INCREASE = 0.02;

/**
 * A client-side token bucket per Chime operation that adapts to the upstream limit: it starts at
 * the configured rate, slows down on each 429 (and waits out its Retry-After), and creeps back up
 * to the configured rate while calls succeed. Pacing to the limit beats being throttled and retried.
 */
export class AdaptivePacer {
  readonly #settings: PacerSettings;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(settings: PacerSettings, now: () => number = () => performance.now()) {
    this.#settings = settings;
    this.#now = now;
  }

  /** Resolves when a call to `operation` may go. */
  async acquire(operation: string, signal?: AbortSignal): Promise<void> {
    const bucket = this.#bucket(operation);
    const turn = bucket.queue.then(() => this.#take(bucket, signal));
    bucket.queue = turn.catch(() => undefined);
    await turn;
  }

  /** Chime answered 429: slow down, and wait at least `retryAfterSeconds` before the next call. */
  throttled(operation: string, retryAfterSeconds?: number): void {
    const bucket = this.#bucket(operation);
    this.#refill(bucket);
    bucket.rate = Math.max(MIN_RATE, bucket.rate * DECREASE);
    bucket.tokens = Math.min(bucket.tokens, 0) - (retryAfterSeconds ?? 0) * bucket.rate;
  }

  succeeded(operation: string): void {
    const bucket = this.#bucket(operation);
    const target = this.#targetRate(operation);
    bucket.rate = Math.min(target, bucket.rate + target * INCREASE);
  }

  currentRate(operation: string): number {
    return this.#bucket(operation).rate;
  }

  async #take(bucket: Bucket, signal?: AbortSignal): Promise<void> {
    for (;;) {
      this.#refill(bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - bucket.tokens) / bucket.rate) * 1000), undefined, { signal });
    }
  }

  #refill(bucket: Bucket): void {
    const now = this.#now();
    bucket.tokens = Math.min(this.#burst(bucket), bucket.tokens + ((now - bucket.updatedAt) / 1000) * bucket.rate);
    bucket.updatedAt = now;
  }

  #targetRate(operation: string): number {
    return (operation === LOOKUP_OPERATION ? this.#settings.lookupRate : this.#settings.rate) * HEADROOM;
  }

  #burst(bucket: Bucket): number {
    return Math.max(1, Math.floor(this.#settings.burst * (bucket.target / this.#settings.rate)));
  }

  #bucket(operation: string): Bucket {
    let bucket = this.#buckets.get(operation);
    if (!bucket) {
      const target = this.#targetRate(operation);
      bucket = { tokens: 0, rate: target, target, updatedAt: this.#now(), queue: Promise.resolve() };
      bucket.tokens = this.#burst(bucket);
      this.#buckets.set(operation, bucket);
    }
    return bucket;
  }
}
