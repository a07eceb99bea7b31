import autocannon from 'autocannon';

export interface LoadTarget {
  /** Shown in errors. */
  label: string;
  url: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** A discarded warm-up run, then the measured one; any non-2xx answer or socket error fails loudly. */
export async function measureLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const base = { url: target.url, headers: target.headers ?? {}, connections: options.connections };
  if (options.warmupSeconds > 0) check(target, await autocannon({ ...base, duration: options.warmupSeconds }));
  const latencies = new LatencyLog();
  const result = check(
    target,
    await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ ...base, duration: options.durationSeconds }, (error: unknown, done) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        else resolve(done);
      });
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.add(responseTime);
      });
    }),
  );
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: latencies.percentile(0.5),
    p99Ms: latencies.percentile(0.99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function check(target: LoadTarget, result: autocannon.Result): autocannon.Result {
  if (result.non2xx > 0 || result.errors > 0 || result.requests.total === 0) {
    throw new Error(
      `${target.label}: ${result.non2xx} non-2xx answers (4xx ${result['4xx']}, 5xx ${result['5xx']}), ${result.errors} errors, ` +
        `${result.timeouts} timeouts out of ${result.requests.total} requests`,
    );
  }
  return result;
}

/**
 * autocannon's own histogram keeps whole milliseconds, which reads 0 ms for a fast baseline; the
 * response event carries the exact duration.
 */
class LatencyLog {
  private values = new Float64Array(1 << 16);
  private count = 0;

  add(ms: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
  }

  /** Nearest-rank percentile. */
  percentile(fraction: number): number {
    if (this.count === 0) return Number.NaN;
    const sorted = this.values.slice(0, this.count).sort();
    return sorted[Math.max(0, Math.ceil(fraction * this.count) - 1)] ?? Number.NaN;
  }
}
