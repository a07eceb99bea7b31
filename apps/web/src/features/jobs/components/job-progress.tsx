import type { Job } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { percentOf } from '@/lib/format.ts';
import { useSteppedCount } from '../hooks/use-stepped-count.ts';
import { describeJob } from './job-labels.tsx';

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

/** Whether Retry can help the failed items (the BFF decides each from Chime's answer). */
function retryHint({ failed, retryable, cancelled }: Job['counts']): string {
  const failedRetryable = retryable - cancelled;
  if (failedRetryable === failed) return 'they can be retried';
  if (failedRetryable === 0) return 'retrying would fail the same way: see each reason';
  return `${failedRetryable} can be retried; the others would fail the same way`;
}

/** Where the job stands, with the items shown as done so far: queued, in progress, then how it ended. */
function JobState({ job, done }: { job: Job; done: number }) {
  const { total, failed } = job.counts;
  if (job.status === 'cancelled' && done === total - job.counts.pending)
    return <StatusIndicator type="stopped">Cancelled: items not sent by then were not sent</StatusIndicator>;
  if (done === 0 && job.status === 'running') return <StatusIndicator type="pending">Queued: {total} waiting to be sent</StatusIndicator>;
  if (done < total && (job.status === 'running' || done < total - job.counts.pending))
    return (
      <StatusIndicator type="in-progress">
        In progress: {done} of {total} done, {total - done} queued (sent in chunks, paced to Chime’s rate limit)
      </StatusIndicator>
    );
  return failed === 0 ? (
    <StatusIndicator type="success">Done: every item succeeded</StatusIndicator>
  ) : (
    <StatusIndicator type="warning">
      Done: {failed} failed; {retryHint(job.counts)}
    </StatusIndicator>
  );
}

interface JobProgressProps {
  job: Job;
  /** The job was just started here: its progress climbs from nothing done, however far the server already is. */
  fromStart?: boolean;
}

/** A job's progress: how many items have an outcome, climbing in steps so every job shows it was under way. */
export function JobProgress({ job, fromStart = false }: JobProgressProps) {
  const { total, pending } = job.counts;
  const done = useSteppedCount(total - pending, total, fromStart ? 0 : undefined);
  return (
    <ProgressBar
      label={`${describeJob(job)}: ${done} of ${total} done`}
      description={
        <Box variant="span" color="inherit">
          <JobState job={job} done={done} />
        </Box>
      }
      // Never 100% before the last item: 240 of 241 is 99%.
      value={total === 0 ? 100 : percentOf(done, total)}
      additionalInfo={<JobCounts job={job} />}
    />
  );
}
