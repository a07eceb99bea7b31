import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { JobKind } from '@chime-console/contracts';
import { isDatabaseUnavailable, sqlState } from '../db/errors.ts';

/** Which gateway made a Chime call: the one serving people, the job runner's, or the directory sweep's. */
export type ChimeCaller = 'interactive' | 'jobs' | 'sweep';
export type JobItemOutcome = 'ok' | 'failed' | 'cancelled';
/** A job chunk whose earlier call may have reached Chime. */
export type ReconciliationSubject = 'job_chunk';

const PREFIX = 'chime_console_';
// From a cached session check to a page of users across a slow Chime; the budget ends at 5 s.
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Every series the BFF exposes on GET /metrics, in a registry of its own: tests run several BFFs
 * in one process, and prom-client's global registry would mix (and refuse) their metrics. Labels
 * are bounded: endpoint IDs of the contract registry, Chime operation names, problem codes.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Counter<L>({ name: PREFIX + name, help, labelNames, registers });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Histogram<L>({ name: PREFIX + name, help, labelNames, buckets: SECONDS_BUCKETS, registers });

  const httpRequests = counter(
    'http_requests_total',
    'API requests answered, by endpoint ID (unknown: no such endpoint), HTTP status and problem code (empty on success).',
    ['endpoint', 'status', 'code'],
  );
  const httpDuration = histogram('http_request_duration_seconds', 'Time to answer an API request, by endpoint ID and HTTP status.', [
    'endpoint',
    'status',
  ]);
  const chimeCalls = counter(
    'chime_calls_total',
    "Chime calls, by caller, operation and outcome (ok, or the problem code it became), the SDK's retries included in one call.",
    ['caller', 'operation', 'outcome'],
  );
  const chimeDuration = histogram(
    'chime_call_duration_seconds',
    'Time a Chime call took, every SDK attempt and backoff included, by caller and operation.',
    ['caller', 'operation'],
  );
  const chimeThrottled = counter(
    'chime_throttled_total',
    "Chime's 429 answers, by caller and operation, each attempt counted, the ones the SDK retried too.",
    ['caller', 'operation'],
  );
  const jobItems = counter('job_items_total', 'Bulk job items settled, by job kind and outcome (ok, failed, cancelled).', [
    'kind',
    'outcome',
  ]);
  const reconciliations = counter(
    'reconciliations_total',
    "Reconciliations with Chime, by subject (job_chunk: a chunk whose earlier call may have reached Chime; invitations: an account's statuses read back) and outcome.",
    ['subject', 'outcome'],
  );
  const auditWriteRetries = counter('audit_write_retries_total', 'Audit log writes tried again after a failure.');
  const databaseErrors = counter(
    'database_errors_total',
    'Errors from the database, by kind: unavailable (connection refused, dropped or timed out), constraint (SQLSTATE class 23), other.',
    ['kind'],
  );

  return {
    registry,

    /** Called once per API request, when its answer is written. */
    requestAnswered(endpoint: string, status: number, code: string | undefined, seconds: number): void {
      httpRequests.inc({ endpoint, status: String(status), code: code ?? '' });
      httpDuration.observe({ endpoint, status: String(status) }, seconds);
    },

    /** What the Chime gateway and client of one caller report. */
    chime(caller: ChimeCaller) {
      // Arrow functions: the gateway and the client are handed these, not the object.
      return {
        called: (operation: string, outcome: string, seconds: number): void => {
          chimeCalls.inc({ caller, operation, outcome });
          chimeDuration.observe({ caller, operation }, seconds);
        },
        throttled: (operation: string): void => {
          chimeThrottled.inc({ caller, operation });
        },
      };
    },

    /** For the job runner: items whose outcome it has just recorded. */
    jobItemsSettled(kind: JobKind, outcome: JobItemOutcome, count = 1): void {
      if (count > 0) jobItems.inc({ kind, outcome }, count);
    },

    /** For the job runner: one reconciliation finished, or failed. */
    reconciled(subject: ReconciliationSubject, outcome: 'ok' | 'failed'): void {
      reconciliations.inc({ subject, outcome });
    },

    /** For the audit log: a write is about to be tried again. */
    auditWriteRetried(): void {
      auditWriteRetries.inc();
    },

    databaseError(error: unknown): void {
      databaseErrors.inc({ kind: databaseErrorKind(error) });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

function databaseErrorKind(error: unknown): 'unavailable' | 'constraint' | 'other' {
  if (isDatabaseUnavailable(error)) return 'unavailable';
  return sqlState(error)?.startsWith('23') === true ? 'constraint' : 'other';
}
