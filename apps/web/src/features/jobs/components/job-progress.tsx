import type { Job } from '@chime-console/contracts';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { describeJob } from './job-labels.tsx';

/** The share of items that have an outcome (ok, failed or cancelled). */
export function finishedShare({ counts }: Pick<Job, 'counts'>): number {
  return counts.total === 0 ? 100 : (100 * (counts.total - counts.pending)) / counts.total;
}

export function JobCounts({ job }: { job: Pick<Job, 'counts'> }) {
  const { ok, failed, pending, cancelled } = job.counts;
  return (
    <SpaceBetween direction="horizontal" size="m">
      <StatusIndicator type="success">{ok} ok</StatusIndicator>
      <StatusIndicator type={failed > 0 ? 'error' : 'stopped'}>{failed} failed</StatusIndicator>
      <StatusIndicator type={pending > 0 ? 'pending' : 'stopped'}>{pending} pending</StatusIndicator>
      {cancelled > 0 && <StatusIndicator type="stopped">{cancelled} cancelled</StatusIndicator>}
    </SpaceBetween>
  );
}

function stateText(job: Job): string {
  if (job.status === 'running') return 'Running on the server in chunks, paced to Chime’s rate limit.';
  if (job.status === 'cancelled') return 'Cancelled: items not sent by then were not sent.';
  return job.counts.failed === 0 ? 'Finished: every item succeeded.' : 'Finished: some items failed; they can be retried.';
}

/** A job's progress: how many items have an outcome, and which outcome. */
export function JobProgress({ job }: { job: Job }) {
  const done = job.counts.total - job.counts.pending;
  return (
    <ProgressBar
      label={`${describeJob(job)}: ${done} of ${job.counts.total} done`}
      description={stateText(job)}
      value={finishedShare(job)}
      additionalInfo={<JobCounts job={job} />}
    />
  );
}
