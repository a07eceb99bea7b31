import type { Job } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { isLive } from '../api/list-jobs.ts';
import { useRetryJob } from '../api/retry-job.ts';

export const retryableCount = ({ counts }: Pick<Job, 'counts'>) => counts.failed + counts.cancelled;

function label({ counts }: Pick<Job, 'counts'>): string {
  const which = counts.cancelled === 0 ? 'failed' : counts.failed === 0 ? 'cancelled' : 'failed or cancelled';
  return `Retry ${retryableCount({ counts })} ${which}`;
}

/** Sends a stopped job's failed and cancelled items again; shown only when there are some. */
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
