import type { Job, JobItem, JobKind } from '@chime-console/contracts';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

const users = (count: number) => `${count} user${count === 1 ? '' : 's'}`;

export const KIND_LABELS: Record<JobKind, string> = {
  invite: 'Invite users',
  license: 'Change license',
  suspend: 'Suspend users',
  unsuspend: 'Unsuspend users',
  logout: 'Sign out users',
};

/** What a job does, in a few words that name it: "Invite 115 users", "Change license of 60 users to Pro". */
export function describeJob(job: Pick<Job, 'kind' | 'counts' | 'licenseType'>): string {
  const count = users(job.counts.total);
  switch (job.kind) {
    case 'invite':
      return `Invite ${count}`;
    case 'license':
      return `Change license of ${count}${job.licenseType ? ` to ${job.licenseType}` : ''}`;
    case 'suspend':
      return `Suspend ${count}`;
    case 'unsuspend':
      return `Unsuspend ${count}`;
    case 'logout':
      return `Sign out ${count}`;
  }
}

export function JobStatus({ job }: { job: Pick<Job, 'status' | 'counts'> }) {
  const { failed } = job.counts;
  if (job.status === 'running') return <StatusIndicator type="in-progress">Running</StatusIndicator>;
  if (job.status === 'cancelled') return <StatusIndicator type="stopped">Cancelled</StatusIndicator>;
  return failed === 0 ? (
    <StatusIndicator type="success">Done</StatusIndicator>
  ) : (
    <StatusIndicator type="warning">Done, {failed} failed</StatusIndicator>
  );
}

/** An item's result; a sent invitation reads "Invited", any other change "Done". */
export function JobItemStatus({ item, kind }: { item: Pick<JobItem, 'status'>; kind: JobKind }) {
  switch (item.status) {
    case 'pending':
      return <StatusIndicator type="pending">Pending</StatusIndicator>;
    case 'ok':
      return <StatusIndicator type="success">{kind === 'invite' ? 'Invited' : 'Done'}</StatusIndicator>;
    case 'failed':
      return <StatusIndicator type="error">Failed</StatusIndicator>;
    case 'cancelled':
      return <StatusIndicator type="stopped">Cancelled</StatusIndicator>;
  }
}
