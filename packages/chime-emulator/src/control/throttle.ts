export interface RateLimit {
  /** Tokens added per second. */
  rate: number;
  /** Bucket size: how many calls may arrive at once. */
  burst: number;
}

export interface ThrottleSettings {
  default: RateLimit | null;
  operations: Record<string, RateLimit | null>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Per-operation token buckets; an operation with no limit (and no default) is never throttled. */
export class Throttle {
  private settings: ThrottleSettings = { default: null, operations: {} };
  private readonly buckets = new Map<string, Bucket>();

  configure(settings: ThrottleSettings): void {
    this.settings = settings;
    this.buckets.clear();
  }

  current(): ThrottleSettings {
    return this.settings;
  }

  /** Takes one token; false means the call must be answered with ThrottledClientException. */
  take(operation: string, nowMs: number): boolean {
    const limit = operation in this.settings.operations ? this.settings.operations[operation] : this.settings.default;
    if (!limit) return true;
    let bucket = this.buckets.get(operation);
    if (!bucket) {
      bucket = { tokens: limit.burst, updatedAt: nowMs };
      this.buckets.set(operation, bucket);
    }
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((nowMs - bucket.updatedAt) / 1000) * limit.rate);
    bucket.updatedAt = nowMs;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
