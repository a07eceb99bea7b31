import type { Job } from '@chime-console/contracts';
import Link, { type LinkProps } from '@cloudscape-design/components/link';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { NameWithId } from '@/components/name-with-id.tsx';
import { TimeAgo } from '@/components/time-text.tsx';
import { paths } from '@/config/paths.ts';
import { percentOf } from '@/lib/format.ts';
import { describeJob, JobStatus } from './job-labels.tsx';

type Follow = NonNullable<LinkProps['onFollow']>;

const progressText = ({ counts }: Job) =>
  `${counts.ok} ok, ${counts.failed} failed${counts.cancelled > 0 ? `, ${counts.cancelled} cancelled` : ''}, ${counts.pending} pending`;

/** The name the job recorded when it was created (it outlives the account); older jobs ask for it. */
function JobAccount({ job, follow, accountLabel }: { job: Job; follow: Follow; accountLabel: (accountId: string) => ReactNode }) {
  const href = paths.account.to(job.accountId);
  if (job.accountName !== undefined)
    return <NameWithId name={job.accountName} id={job.accountId} what="account ID" href={href} onFollow={follow} />;
  return (
    <Link href={href} onFollow={follow}>
      {accountLabel(job.accountId)}
    </Link>
  );
}

export function jobColumns(follow: Follow, accountLabel: (accountId: string) => ReactNode): TableProps.ColumnDefinition<Job>[] {
  return [
    {
      id: 'kind',
      header: 'Job',
      isRowHeader: true,
      cell: (job) => (
        <Link href={paths.job.to(job.id)} onFollow={follow}>
          {describeJob(job)}
        </Link>
      ),
    },
    { id: 'account', header: 'Account', cell: (job) => <JobAccount job={job} follow={follow} accountLabel={accountLabel} /> },
    { id: 'status', header: 'Status', cell: (job) => <JobStatus job={job} /> },
    {
      id: 'progress',
      header: 'Progress',
      minWidth: 200,
      cell: (job) => (
        <ProgressBar
          // Never 100% before the last item: 240 of 241 is 99%.
          value={percentOf(job.counts.total - job.counts.pending, job.counts.total)}
          ariaLabel={`Progress of ${describeJob(job)}`}
          additionalInfo={progressText(job)}
        />
      ),
    },
    { id: 'createdBy', header: 'Created by', cell: (job) => job.createdBy },
    { id: 'createdAt', header: 'Created', cell: (job) => <TimeAgo iso={job.createdAt} /> },
    { id: 'finishedAt', header: 'Finished', cell: (job) => <TimeAgo iso={job.finishedAt} /> },
  ];
}
