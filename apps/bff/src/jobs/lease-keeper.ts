import type { Queryable } from '../db/index.ts';
import { renewLease, type ClaimedChunk } from './chunk-queue.ts';

export interface KeptLease {
  /** Aborts when the worker stops, or when another worker has taken the chunk over. */
  signal: AbortSignal;
  stop: () => void;
}

/**
 * Keeps a chunk's lease while its worker does something that may outlast it: a reconcile's
 * lookups, each retried with backoff, or a slow call. A chunk whose lease ran out under a live
 * worker would be reconciled by a second one at the same time.
 */
export function keepLease(db: Queryable, chunk: ClaimedChunk, owner: string, leaseSeconds: number, stopping: AbortSignal): KeptLease {
  const lost = new AbortController();
  const renew = () => {
    renewLease(db, chunk, owner, leaseSeconds).then(
      (held) => {
        if (!held) lost.abort();
      },
      // A database hiccup: the lease still has two thirds of its time, and the next renewal tries again.
      () => undefined,
    );
  };
  const timer = setInterval(renew, (leaseSeconds * 1000) / 3);
  return {
    signal: AbortSignal.any([stopping, lost.signal]),
    stop: () => {
      clearInterval(timer);
    },
  };
}
