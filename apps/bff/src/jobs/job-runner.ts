import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { recordAudit } from '../audit/audit-log.ts';
import type { ChimeGateway, InviteResult } from '../chime/index.ts';
import type { Database, Queryable } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { recordInvitations } from '../invitations/invitation-store.ts';
import {
  cancelPendingItems,
  claimChunk,
  completeChunk,
  markMaybeSent,
  markReconciled,
  recordOutcomes,
  releaseChunk,
  renewLease,
  type ClaimedChunk,
  type ItemOutcome,
} from './chunk-queue.ts';
import { chunkAuditEntry } from './chunk-audit.ts';
import { JOB_KINDS } from './job-kinds.ts';
import { LOOKUP_OPERATION, type AdaptivePacer } from './pacer.ts';
import { reconcileInvites, sendChunk } from './send-chunk.ts';

export interface JobRunnerOptions {
  db: Database;
  /** A gateway whose client makes one attempt per call: the runner paces and retries itself. */
  gateway: ChimeGateway;
  pacer: AdaptivePacer;
  logger: Logger;
  /** Chunks worked on at once by this process. */
  concurrency: number;
  leaseSeconds: number;
  /** How often an idle worker looks for work another replica queued. */
  pollMs: number;
  /** Attempts per chunk before its items fail with the last error. */
  maxAttempts: number;
}

const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 20_000;

/** Exponential backoff with full jitter, so retries from many chunks do not arrive together. */
function backoff(attempts: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * Works the job queue in the database: claims a chunk, reconciles it if an earlier attempt may have
 * reached Chime, paces the call to the upstream rate, records each item's outcome, and on 429 or
 * 5xx puts the chunk back with a backoff. Every BFF replica runs one; they share work through the
 * database only.
 */
export class JobRunner {
  readonly owner = randomUUID();
  readonly #options: JobRunnerOptions;
  readonly #stop = new AbortController();
  #wake: (() => void) | undefined;
  #loops: Promise<void>[] = [];

  constructor(options: JobRunnerOptions) {
    this.#options = options;
  }

  start(): void {
    this.#loops = Array.from({ length: this.#options.concurrency }, () => this.#loop());
  }

  /** New work in this process: look now rather than at the next poll. */
  wake(): void {
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    this.wake();
    await Promise.all(this.#loops);
  }

  async #loop(): Promise<void> {
    const { db, logger, leaseSeconds, pollMs } = this.#options;
    while (!this.#stopping()) {
      try {
        const chunk = await claimChunk(db, this.owner, leaseSeconds);
        if (chunk) await this.#work(chunk);
        else await this.#idle(pollMs);
      } catch (error) {
        if (this.#stopping()) return;
        // A database hiccup: the claimed chunk's lease runs out and it is claimed again.
        logger.error({ err: error }, 'job worker failed; retrying');
        await this.#idle(pollMs);
      }
    }
  }

  #stopping(): boolean {
    return this.#stop.signal.aborted;
  }

  async #idle(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.#wake = undefined;
  }

  async #work(claimed: ClaimedChunk): Promise<void> {
    const { db, gateway, pacer, leaseSeconds } = this.#options;
    const { operation } = JOB_KINDS[claimed.kind];
    let chunk = claimed;
    let calling = LOOKUP_OPERATION;
    let sent = false;
    try {
      if (chunk.kind === 'invite' && chunk.uncertain && chunk.items.length > 0) {
        const found = await reconcileInvites(gateway, pacer, chunk);
        await db.transaction(async (tx) => {
          await recordOutcomes(tx, chunk, found);
          await recordInvitations(tx, this.#sender(chunk), reconciledInvites(chunk, found));
          await markReconciled(tx, chunk);
        });
        const done = new Set(found.map((outcome) => outcome.seq));
        chunk = { ...chunk, items: chunk.items.filter((item) => !done.has(item.seq)) };
      }
      if (chunk.jobCancelled) {
        await db.transaction((tx) => this.#settleCancelled(tx, chunk));
        return;
      }
      if (chunk.items.length === 0) {
        await db.transaction((tx) => completeChunk(tx, chunk, this.owner));
        return;
      }
      calling = operation;
      await pacer.acquire(operation, this.#stop.signal);
      if (!(await renewLease(db, chunk, this.owner, leaseSeconds))) return;
      sent = true;
      const answer = await sendChunk(gateway, chunk);
      pacer.succeeded(operation);
      await db.transaction(async (tx) => {
        await recordOutcomes(tx, chunk, answer.outcomes);
        await recordInvitations(tx, this.#sender(chunk), answer.invites);
        await recordAudit(tx, chunkAuditEntry(chunk, { result: 'ok', outcomes: answer.outcomes, requestId: answer.requestId }));
        await completeChunk(tx, chunk, this.owner);
      });
    } catch (error) {
      if (error instanceof AppError) await this.#failed(chunk, error, calling);
      // Stopping while waiting for a token: nothing was sent, so the chunk goes straight back.
      else if (this.#stopping() && !sent) await releaseChunk(db, chunk, 0, false);
      else throw error;
    }
  }

  #sender(chunk: ClaimedChunk) {
    return { accountId: chunk.accountId, sentBy: chunk.createdBy, jobId: chunk.jobId };
  }

  /**
   * A cancelled job's chunk, claimed only because an earlier call may have reached Chime. Invites
   * were reconciled above, so what is left was never sent; other kinds cannot be read back, and
   * are shown as failed with an unknown outcome rather than as cancelled (a retry is harmless).
   */
  async #settleCancelled(tx: Queryable, chunk: ClaimedChunk): Promise<void> {
    if (chunk.kind === 'invite' || !chunk.uncertain) await cancelPendingItems(tx, chunk);
    else {
      const error = {
        code: 'outcome_unknown',
        message: 'The job was cancelled after a call for this user that may have reached Chime; check the user, or retry.',
      };
      await recordOutcomes(
        tx,
        chunk,
        chunk.items.map(({ seq }) => ({ seq, status: 'failed' as const, error })),
      );
    }
    await completeChunk(tx, chunk, this.owner);
  }

  async #failed(chunk: ClaimedChunk, error: AppError, operation: string): Promise<void> {
    const { db, pacer, logger, maxAttempts } = this.#options;
    if (error.status === 429) {
      // A throttled call was not processed: the chunk goes back as it was.
      pacer.throttled(operation, error.retryAfter);
      await releaseChunk(db, chunk, (error.retryAfter ?? 1) * 1000, false);
      return;
    }
    if (error.retryable && chunk.attempts < maxAttempts) {
      logger.warn({ jobId: chunk.jobId, chunk: chunk.chunkNo, code: error.code, attempts: chunk.attempts }, 'job chunk will be retried');
      // A 5xx or a timeout may have reached Chime: the next attempt reconciles first.
      await releaseChunk(db, chunk, backoff(chunk.attempts), true);
      return;
    }
    const failure = { code: error.code, message: error.message };
    const outcomes = chunk.items.map(({ seq }) => ({ seq, status: 'failed' as const, error: failure }));
    await db.transaction(async (tx) => {
      await recordOutcomes(tx, chunk, outcomes);
      if (error.retryable) await markMaybeSent(tx, chunk);
      await recordAudit(
        tx,
        chunkAuditEntry(chunk, { result: 'error', outcomes, errorCode: error.code, requestId: error.upstreamRequestId }),
      );
      await completeChunk(tx, chunk, this.owner);
    });
  }
}

/** Invitations found by reconciling: the earlier call sent them, Chime's user list says how they stand. */
function reconciledInvites(chunk: ClaimedChunk, found: readonly ItemOutcome[]): InviteResult[] {
  const emailOf = new Map(chunk.items.map((item) => [item.seq, item.target]));
  return found.map((outcome) => ({
    email: emailOf.get(outcome.seq) ?? '',
    ...(outcome.invitationStatus !== undefined && { status: outcome.invitationStatus }),
  }));
}
