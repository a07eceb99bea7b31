import type { Job } from '@chime-console/contracts';
import Link from '@cloudscape-design/components/link';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { paths } from '@/config/paths.ts';
import { messageOf } from '@/lib/api-error.ts';
import { useNotifications, type Notification } from '@/lib/notifications.tsx';
import { useFollow } from '@/lib/use-follow.ts';
import { useJob } from '../api/get-job.ts';
import { useRetryJob } from '../api/retry-job.ts';
import { describeJob } from './job-labels.tsx';

const TrackJobContext = createContext<(jobId: string, subject: string) => void>(() => undefined);

/** Follow a job started in this tab: its progress and its end show in the notifications on every page. */
export const useTrackJob = () => useContext(TrackJobContext);

/**
 * Around the signed-in pages: every job started here gets one notification with a stable id, in
 * progress with its counts, then done, or failed with Retry. Signing out unmounts it, and with it
 * the jobs followed.
 */
export function JobNotifications({ children }: { children: ReactNode }) {
  const [jobs, setJobs] = useState<readonly { jobId: string; subject: string }[]>([]);
  const track = useCallback((jobId: string, subject: string) => {
    setJobs((current) => (current.some((job) => job.jobId === jobId) ? current : [...current, { jobId, subject }]));
  }, []);
  return (
    <TrackJobContext value={track}>
      {children}
      {jobs.map(({ jobId, subject }) => (
        <JobNotification key={jobId} jobId={jobId} subject={subject} />
      ))}
    </TrackJobContext>
  );
}

function JobNotification({ jobId, subject }: { jobId: string; subject: string }) {
  const { data: job } = useJob(jobId);
  const retry = useRetryJob(jobId);
  const { notify } = useNotifications();
  const follow = useFollow();
  const retryFailed = retry.mutate;
  useEffect(() => {
    if (job === undefined) return;
    const content = (
      <>
        {subject}.{' '}
        <Link href={paths.job.to(job.id)} onFollow={follow} color="inverted">
          Open the job
        </Link>
      </>
    );
    notify(jobNotification(job, content, () => retryFailed()));
  }, [job, subject, notify, follow, retryFailed]);
  useEffect(() => {
    if (retry.error === null) return;
    notify({ id: `job-${jobId}`, type: 'error', header: 'Could not retry the failed items', content: messageOf(retry.error) });
  }, [retry.error, jobId, notify]);
  return null;
}

export function jobNotification(job: Job, content: ReactNode, onRetry: () => void): Notification {
  const id = `job-${job.id}`;
  const { total, pending, failed } = job.counts;
  const label = describeJob(job);
  if (job.status === 'running' || pending > 0) {
    return { id, type: 'in-progress', header: `${label}: ${total - pending} of ${total} done`, content };
  }
  if (job.status === 'cancelled') return { id, type: 'info', header: `${label}: cancelled`, content };
  // Retry is offered only for failures a retry can get past (the BFF classifies each).
  if (failed > 0) return { id, type: 'error', header: `${label}: ${failed} failed`, content, ...(job.counts.retryable > 0 && { onRetry }) };
  return { id, type: 'success', header: `${label}: done`, content };
}
