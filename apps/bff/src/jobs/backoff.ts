const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 20_000;

/** Exponential backoff with full jitter, so retries from many chunks (or lookups) do not arrive together. */
export function backoff(attempts: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
