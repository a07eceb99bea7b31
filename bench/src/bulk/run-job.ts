import type { Figure } from '../lib/figures.ts';
import type { Api, BulkStack } from './bulk-stack.ts';

export interface JobAnswer {
  id: string;
  status: string;
  counts: { total: number; pending: number; ok: number; failed: number; cancelled: number };
}

export interface Counters {
  operations: Record<string, { requests: number; outcomes: Record<string, number> } | undefined>;
  invitationsSent: Record<string, number>;
}

export const LIMIT = { rate: 10, burst: 10 };

export interface JobRun {
  wallSeconds: number;
  job: JobAnswer;
  calls: number;
  throttled: number;
  succeeded: number;
  invitationsSent: Record<string, number>;
}

/** Limits `operation` upstream, starts the job through the BFF, and times it until nothing is pending. */
export async function runJob(stack: BulkStack, operation: string, body: unknown): Promise<JobRun> {
  await stack.control('PUT', '/throttle', { operations: { [operation]: LIMIT } });
  await stack.control('DELETE', '/counters');
  const started = performance.now();
  const job = await settled(stack.api, (await stack.api('POST', `/api/accounts/${stack.accountId}/jobs`, body)) as JobAnswer);
  const wallSeconds = (performance.now() - started) / 1000;
  const counters = (await stack.control('GET', '/counters')) as Counters;
  const { requests, throttled, succeeded } = callsOf(counters, operation);
  return { wallSeconds, job, calls: requests, throttled, succeeded, invitationsSent: counters.invitationsSent };
}

/** An operation's calls: all of them, those answered 2xx and those answered 429. */
export function callsOf(counters: Counters, operation: string): { requests: number; succeeded: number; throttled: number } {
  const { requests = 0, outcomes = {} } = counters.operations[operation] ?? {};
  const succeeded = Object.entries(outcomes)
    .filter(([outcome]) => /^2\d\d$/.test(outcome))
    .reduce((sum, [, count]) => sum + count, 0);
  return { requests, succeeded, throttled: outcomes.ThrottledClientException ?? 0 };
}

/** Polls the job until nothing of it is pending. */
export async function settled(api: Api, started: JobAnswer): Promise<JobAnswer> {
  let job = started;
  while (job.status === 'running' || job.counts.pending > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = (await api('GET', `/api/jobs/${job.id}`)) as JobAnswer;
  }
  return job;
}

/** Wall time against the optimum for `calls` calls under the limit, and the share of calls throttled. */
export function pacingFigures(prefix: string, run: JobRun, calls: number): Figure[] {
  const optimum = (calls - LIMIT.burst) / LIMIT.rate;
  return [
    {
      name: `${prefix}.wallTime`,
      value: run.wallSeconds,
      unit: 's',
      baseline: { label: `optimum (${calls} − ${LIMIT.burst}) / ${LIMIT.rate} s`, value: optimum },
      goal: { on: 'ratio', atMost: 1.1 },
      note: `${run.calls} calls, ${run.succeeded} answered 2xx; job ${run.job.counts.ok} ok, ${run.job.counts.failed} failed`,
    },
    {
      name: `${prefix}.throttledShare`,
      value: (run.throttled / Math.max(1, run.calls)) * 100,
      unit: '%',
      goal: { on: 'value', atMost: 5 },
      note: `${run.throttled} of ${run.calls} calls answered 429`,
    },
  ];
}
