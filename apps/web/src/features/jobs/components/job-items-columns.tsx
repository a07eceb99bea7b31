import type { Job, JobItem } from '@chime-console/contracts';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { NameWithId } from '@/components/name-with-id.tsx';
import { JobItemStatus } from './job-labels.tsx';

type Column = TableProps.ColumnDefinition<JobItem>;

function Result({ item, job }: { item: JobItem; job: Pick<Job, 'kind'> }) {
  return (
    <SpaceBetween size="xxs">
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <JobItemStatus item={item} kind={job.kind} />
        {item.reconciled === true && <Badge color="blue">reconciled</Badge>}
      </SpaceBetween>
      {item.error && (
        <Box variant="small" color="text-status-error">
          {item.error.message}
          {item.status === 'failed' && !item.retryable && ' Not offered for retry.'}{' '}
          <Box variant="small" display="inline" color="text-body-secondary">
            ({item.error.code})
          </Box>
        </Box>
      )}
    </SpaceBetween>
  );
}

function UserTarget({ item, targetLabel }: { item: JobItem; targetLabel: (target: string) => string }) {
  const label = targetLabel(item.target);
  return <NameWithId name={label === item.target ? item.targetName : label} id={item.target} what="user ID" narrow />;
}

/**
 * An invite's outcome is Chime's invitation; any other job's is just done or the error. `compact`
 * (a dialog) leaves out the sequence number and the attempts, which the job page shows.
 */
export function jobItemColumns(job: Pick<Job, 'kind'>, targetLabel: (target: string) => string, compact: boolean): Column[] {
  const invite = job.kind === 'invite';
  return [
    ...(compact ? [] : [{ id: 'seq', header: '#', cell: (item: JobItem) => item.seq + 1, width: 70 }]),
    {
      id: 'target',
      header: invite ? 'Email' : 'User',
      // A user ID reads as the user's email (the caller's, or the directory index's), the ID on hover.
      cell: (item) => (invite ? item.target : <UserTarget item={item} targetLabel={targetLabel} />),
      isRowHeader: true,
      minWidth: 200,
    },
    { id: 'result', header: 'Result', cell: (item) => <Result item={item} job={job} />, minWidth: 260 },
    ...(compact ? [] : [{ id: 'attempts', header: 'Attempts', cell: (item: JobItem) => item.attempts, width: 100 }]),
    ...(invite
      ? ([
          { id: 'inviteId', header: 'InviteId', cell: (item) => item.inviteId ?? '-', minWidth: 330 },
          { id: 'invitationStatus', header: 'Status', cell: (item) => item.invitationStatus ?? '-', width: 100 },
          { id: 'emailStatus', header: 'EmailStatus', cell: (item) => item.emailStatus ?? '-', width: 130 },
        ] satisfies Column[])
      : []),
  ];
}
