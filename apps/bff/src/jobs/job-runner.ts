import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { recordAudit } from '../audit/audit-log.ts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database, Queryable } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { recordInvitations } from '../invitations/invitation-store.ts';
import { backoff } from './backoff.ts';
import {
  cancelPendingItems,
  claimChunk,
  completeChunk,
  holdsClaim,
  markAnswered,
  markMaybeSent,
  markReconciled,
  putBack,
  recordOutcomes,
  releaseChunk,
  releaseOrphanedClaims,
  startReconcile,
  startSend,
  type ClaimedChunk,
  type ItemOutcome,
} from './chunk-queue.ts';
import { chunkAuditEntry, confirmedAuditEntry, unknownOutcomeAuditEntry } from './chunk-audit.ts';
import { JOB_KINDS } from './job-kinds.ts';
import { keepLease } from './lease-keeper.ts';
import type { Pacer } from '../upstream/upstream-budget.ts';
import type { JobItemOutcome, Metrics } from '../metrics/metrics.ts';
import { reconcileInvites, unknownOutcomes, type Reconciliation } from './reconcile-invites.ts';
import { sendChunk } from './send-chunk.ts';

export interface JobRunnerOptions {
  db: Database;
  /** A gateway whose client makes one attempt per call: the runner paces and retries itself. */
  gateway: ChimeGateway;
  pacer: Pacer;
  logger: Logger;
  /** Chunks worked on at once by this process. */
  concurrency: number;
  leaseSeconds: number;
  /** How often an idle worker looks for work another replica queued. */
  pollMs: number;
  /**
   * Calls per chunk before its items fail with the last error; and, apart from those, reconcile
   * rounds before items no lookup could read fail as outcome_unknown.
   */
  maxAttempts: number;
  /** Told of items settled and reconcile rounds, once their transaction has committed. */
  metrics?: Pick<Metrics, 'jobItemsSettled' | 'reconciled'>;
}

/**
 * How a reconcile round ended: every item known (`settled`); some unread, to be looked up again
 * after a backoff (`later`); unread after the last round, failed as possibly sent (`gave-up`); or
 * another worker took the chunk over meanwhile and nothing was recorded (`lost`).
 */
export type ReconcileVerdict = 'settled' | 'later' | 'gave-up' | 'lost';

const CLOCK_SLACK_MS = 50;

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
    const ready = this.#takeOverOrphans();
    this.#loops = Array.from({ length: this.#options.concurrency }, () => ready.then(() => this.#loop()));
  }

  /**
   * PGlite's data directory is locked to one process, so a chunk claimed before this one started
   * belongs to a dead process: one it had not called Chime for need not wait out its lease. Replicas
   * on PostgreSQL cannot know a lease's owner is dead, and wait.
   */
  async #takeOverOrphans(): Promise<void> {
    const { db, logger } = this.#options;
    if (db.kind !== 'pglite') return;
    try {
      const released = await releaseOrphanedClaims(db);
      if (released > 0) logger.info({ chunks: released }, 'took over job chunks a previous process had claimed but not sent');
    } catch (error) {
      // Their leases still run out: this only saves the wait.
      logger.error({ err: error }, 'could not take over job chunks of a previous process');
    }
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

  /**
   * `delayMs`, for a chunk put back to be tried again: this worker looks again when it is due rather
   * than at its next poll, up to a second later, which would idle the end of a job (a little after,
   * since the database's clock set it).
   */
  #later(delayMs: number): number {
    setTimeout(() => {
      this.wake();
    }, delayMs + CLOCK_SLACK_MS).unref();
    return delayMs;
  }

  async #work(claimed: ClaimedChunk): Promise<void> {
    const { db } = this.#options;
    const reconciling = claimed.kind === 'invite' && claimed.uncertain && claimed.items.length > 0;
    const chunk = reconciling ? await this.#reconcile(claimed) : claimed;
    if (chunk === undefined) return;
    if (chunk.jobCancelled) this.#settled(chunk, await db.transaction((tx) => this.#settleCancelled(tx, chunk)));
    else if (chunk.items.length === 0) await db.transaction((tx) => completeChunk(tx, chunk, this.owner));
    else await this.#send(chunk);
  }

  async #send(unsent: ClaimedChunk): Promise<void> {
    const { db, gateway, pacer, leaseSeconds } = this.#options;
    const { operation } = JOB_KINDS[unsent.kind];
    let chunk = unsent;
    let started = false;
    const requestIds: string[] = [];
    try {
      await pacer.acquire(operation, this.#stop.signal);
      const attempt = await startSend(db, chunk, this.owner, leaseSeconds);
      if (attempt === undefined) return;
      chunk = { ...chunk, attempts: attempt };
      started = true;
      // A call may take longer than a lease (CHIME_JOB_BUDGET_MS): a worker that let its lease run
      // out would see another reconcile the chunk and, finding nothing yet, send it again.
      const lease = keepLease(db, chunk, this.owner, leaseSeconds, this.#stop.signal);
      const answer = await sendChunk(gateway.tracing(requestIds), chunk).finally(lease.stop);
      await markAnswered(db, chunk, this.owner);
      await db.transaction(async (tx) => {
        await recordOutcomes(tx, chunk, answer.outcomes);
        await recordInvitations(tx, this.#sender(chunk), answer.invites);
        await recordAudit(tx, chunkAuditEntry(chunk, { result: 'ok', outcomes: answer.outcomes, requestIds }));
        await completeChunk(tx, chunk, this.owner);
      });
      this.#settled(chunk, answer.outcomes);
    } catch (error) {
      if (error instanceof AppError) await this.#failed(chunk, error, requestIds);
      // Stopping while waiting for a token: nothing was sent, so the chunk goes straight back.
      else if (this.#stopping() && !started) await releaseChunk(db, chunk, 0, false);
      else throw error;
    }
  }

  /**
   * Finds out what an earlier, unanswered call did with the chunk's emails, and records it in one
   * transaction: confirmed invitations as done (with their audit entry), and, after the last round,
   * the unreadable ones as failed. Returns the chunk left to send, the emails a lookup showed
   * absent; undefined when this claim ends here (some unread, or the chunk was lost).
   */
  async #reconcile(chunk: ClaimedChunk): Promise<ClaimedChunk | undefined> {
    const { db, gateway, pacer, leaseSeconds } = this.#options;
    const round = await startReconcile(db, chunk, this.owner, leaseSeconds);
    if (round === undefined) return undefined;
    const lease = keepLease(db, chunk, this.owner, leaseSeconds, this.#stop.signal);
    const found = await reconcileInvites(gateway, pacer, chunk, lease.signal).finally(lease.stop);
    const verdict = this.#verdict(found, round, lease.signal.aborted);
    const settled: ItemOutcome[] = found.confirmed.map(({ outcome }) => outcome);
    const recorded = await db.transaction(async (tx) => {
      if (!(await holdsClaim(tx, chunk, this.owner))) return false;
      await this.#recordConfirmed(tx, chunk, found, round);
      if (verdict === 'gave-up') {
        const outcomes = unknownOutcomes(found);
        settled.push(...outcomes);
        await recordOutcomes(tx, chunk, outcomes);
        await recordAudit(tx, unknownOutcomeAuditEntry(chunk, found.unknown, outcomes, found.error, round));
      }
      // After giving up the chunk stays marked as maybe sent: retrying its failed items looks them up first.
      if (verdict === 'settled') await markReconciled(tx, chunk);
      if (verdict === 'later') await putBack(tx, chunk, this.#later(backoff(round)), true);
      return true;
    });
    this.#reconciled(chunk, found, recorded ? verdict : 'lost');
    if (recorded) this.#settled(chunk, settled);
    return recorded && verdict !== 'later' ? { ...chunk, items: found.absent } : undefined;
  }

  #verdict(found: Reconciliation, round: number, interrupted: boolean): Exclude<ReconcileVerdict, 'lost'> {
    if (found.unknown.length === 0) return 'settled';
    if (interrupted) return 'later';
    // A refusal (403, 404) will not change by asking again; a 5xx or 429 gets the chunk's rounds.
    const refused = found.error !== undefined && !found.error.retryable;
    return refused || round >= this.#options.maxAttempts ? 'gave-up' : 'later';
  }

  async #recordConfirmed(tx: Queryable, chunk: ClaimedChunk, found: Reconciliation, round: number): Promise<void> {
    if (found.confirmed.length === 0) return;
    await recordOutcomes(
      tx,
      chunk,
      found.confirmed.map(({ outcome }) => outcome),
    );
    const invites = found.confirmed.map(({ item, outcome }) => ({
      email: item.target,
      ...(outcome.invitationStatus !== undefined && { status: outcome.invitationStatus }),
    }));
    await recordInvitations(tx, this.#sender(chunk), invites);
    await recordAudit(tx, confirmedAuditEntry(chunk, found.confirmed, round));
  }

  /** Items whose outcome has just committed, for the metrics. */
  #settled(chunk: ClaimedChunk, outcomes: readonly { status: JobItemOutcome }[]): void {
    const { metrics } = this.#options;
    if (!metrics) return;
    for (const status of ['ok', 'failed', 'cancelled'] as const) {
      metrics.jobItemsSettled(chunk.kind, status, outcomes.filter((outcome) => outcome.status === status).length);
    }
  }

  /** The one place a reconcile round's outcome is counted. */
  #reconciled(chunk: ClaimedChunk, found: Reconciliation, verdict: ReconcileVerdict): void {
    if (verdict !== 'lost') this.#options.metrics?.reconciled('job_chunk', verdict === 'settled' ? 'ok' : 'failed');
    const tally = {
      jobId: chunk.jobId,
      chunk: chunk.chunkNo,
      verdict,
      confirmed: found.confirmed.length,
      absent: found.absent.length,
      unknown: found.unknown.length,
      ...(found.error && { lookupError: found.error.code }),
    };
    if (verdict === 'gave-up') this.#options.logger.warn(tally, 'job chunk reconcile gave up: its unread items may have been sent');
    else this.#options.logger.info(tally, 'job chunk reconciled');
  }

  #sender(chunk: ClaimedChunk) {
    return { accountId: chunk.accountId, sentBy: chunk.createdBy, jobId: chunk.jobId };
  }

  /**
   * A cancelled job's chunk, claimed only because an earlier call may have reached Chime. Invites
   * were reconciled above, so what is left was never sent; other kinds cannot be read back, and
   * are shown as failed with an unknown outcome rather than as cancelled (a retry is harmless).
   */
  async #settleCancelled(tx: Queryable, chunk: ClaimedChunk): Promise<{ status: JobItemOutcome }[]> {
    const cancelled = chunk.kind === 'invite' || !chunk.uncertain;
    if (cancelled) await cancelPendingItems(tx, chunk);
    else {
      const error = {
        code: 'outcome_unknown',
        message: 'The job was cancelled after a call for this user that may have reached Chime; check the user, or retry.',
        retryable: true,
      };
      await recordOutcomes(
        tx,
        chunk,
        chunk.items.map(({ seq }) => ({ seq, status: 'failed' as const, error })),
      );
    }
    await completeChunk(tx, chunk, this.owner);
    return chunk.items.map(() => ({ status: cancelled ? 'cancelled' : 'failed' }));
  }

  async #failed(chunk: ClaimedChunk, error: AppError, requestIds: readonly string[]): Promise<void> {
    const { db, pacer, logger, maxAttempts } = this.#options;
    const { operation } = JOB_KINDS[chunk.kind];
    if (error.status === 429) {
      // A throttled call was not processed: the chunk goes back as it was.
      pacer.throttled(operation, error.retryAfter);
      await releaseChunk(db, chunk, this.#later((error.retryAfter ?? 1) * 1000), false);
      return;
    }
    if (error.retryable && chunk.attempts < maxAttempts) {
      logger.warn({ jobId: chunk.jobId, chunk: chunk.chunkNo, code: error.code, attempts: chunk.attempts }, 'job chunk will be retried');
      // A 5xx or a timeout may have reached Chime: the next attempt reconciles first.
      await releaseChunk(db, chunk, this.#later(backoff(chunk.attempts)), true);
      return;
    }
    const failure = { code: error.code, message: error.message, retryable: error.retryable };
    const outcomes = chunk.items.map(({ seq }) => ({ seq, status: 'failed' as const, error: failure }));
    await db.transaction(async (tx) => {
      await recordOutcomes(tx, chunk, outcomes);
      if (error.retryable) await markMaybeSent(tx, chunk);
      await recordAudit(tx, chunkAuditEntry(chunk, { result: 'error', outcomes, errorCode: error.code, requestIds }));
      await completeChunk(tx, chunk, this.owner);
    });
    this.#settled(chunk, outcomes);
  }
}
