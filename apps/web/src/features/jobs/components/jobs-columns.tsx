import type { Job } from '@chime-console/contracts';
import Link, { type LinkProps } from '@cloudscape-design/components/link';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths.ts';
import { formatDateTime } from '@/lib/format.ts';
import { describeJob, JobStatus } from './job-labels.tsx';
import { finishedShare } from './job-progress.tsx';

type Follow = NonNullable<LinkProps['onFollow']>;

const progressText = ({ counts }: Job) =>
  `${counts.ok} ok, ${counts.failed} failed${counts.cancelled > 0 ? `, ${counts.cancelled} cancelled` : ''}, ${counts.pending} pending`;

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
    {
      id: 'account',
      header: 'Account',
      cell: (job) => (
        <Link href={paths.account.to(job.accountId)} onFollow={follow}>
          {accountLabel(job.accountId)}
        </Link>
      ),
    },
    { id: 'status', header: 'Status', cell: (job) => <JobStatus job={job} /> },
    {
      id: 'progress',
      header: 'Progress',
      minWidth: 220,
      cell: (job) => (
        <ProgressBar value={finishedShare(job)} ariaLabel={`Progress of ${describeJob(job)}`} additionalInfo={progressText(job)} />
      ),
    },
    { id: 'createdBy', header: 'Created by', cell: (job) => job.createdBy },
    { id: 'createdAt', header: 'Created', cell: (job) => formatDateTime(job.createdAt) },
    { id: 'finishedAt', header: 'Finished', cell: (job) => formatDateTime(job.finishedAt) },
  ];
}
