import type { Job } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { isLive } from '../api/list-jobs.ts';
import { useRetryJob } from '../api/retry-job.ts';

/** What Retry sends again: failed items a retry can get past (the BFF decides which), and cancelled ones. */
export const retryableCount = ({ counts }: Pick<Job, 'counts'>) => counts.retryable;

function label({ counts }: Pick<Job, 'counts'>): string {
  const failed = counts.retryable - counts.cancelled;
  const which = counts.cancelled === 0 ? 'failed' : failed === 0 ? 'cancelled' : 'failed or cancelled';
  return `Retry ${counts.retryable} ${which}`;
}

/**
 * Sends a stopped job's retryable failed items and its cancelled ones again; absent when there are
 * none (a failure Chime would answer the same way, such as an unknown user, is never offered).
 */
export function RetryJobButton({ job, onError }: { job: Job; onError: (error: unknown) => void }) {
  const manage = useMay('manageUsers');
  const retry = useRetryJob(job.id);
  const count = retryableCount(job);
  if (count === 0) return null;
  const reason = !manage ? ROLE_REASON.manageUsers : isLive(job) ? 'Wait for the job to stop first.' : undefined;
  return (
    <Button
      loading={retry.isPending}
      disabled={reason !== undefined}
      disabledReason={reason}
      onClick={() => retry.mutate(undefined, { onError })}
    >
      {label(job)}
    </Button>
  );
}
