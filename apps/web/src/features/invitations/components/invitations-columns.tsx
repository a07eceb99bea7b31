import type { Invitation } from '@chime-console/contracts';
import Link from '@cloudscape-design/components/link';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { paths } from '@/config/paths.ts';
import { daysSince, formatAge, formatDateTime } from '@/lib/format.ts';
import type { useFollow } from '@/lib/use-follow.ts';
import { ResendRecordButton } from './resend-record-button.tsx';

type Status = NonNullable<Invitation['status']>;

const STATUS_TYPE: Record<Status, StatusIndicatorProps.Type> = { Pending: 'pending', Accepted: 'success', Failed: 'error' };
const EMAIL_STATUS_TYPE: Record<NonNullable<Invitation['emailStatus']>, StatusIndicatorProps.Type> = {
  Sent: 'success',
  NotSent: 'stopped',
  Failed: 'error',
};
const EMAIL_STATUS_LABEL = { Sent: 'Sent', NotSent: 'Not sent', Failed: 'Failed' } as const;
const thisYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Short enough for a table cell (the year only when it is not this one); the full time on hover. */
function When({ iso }: { iso: string }) {
  const date = new Date(iso);
  const text = date.getFullYear() === new Date().getFullYear() ? thisYear.format(date) : otherYear.format(date);
  return <span title={formatDateTime(iso)}>{text}</span>;
}

/** Past this a pending invitation is worth chasing (the summary's "Pending > 7 days"). */
const STALE_DAYS = 7;

function Age({ invitation }: { invitation: Invitation }) {
  const days = daysSince(invitation.sentAt) ?? 0;
  if (invitation.status === 'Pending' && days > STALE_DAYS)
    return <StatusIndicator type="warning">{formatAge(invitation.sentAt)}</StatusIndicator>;
  return <>{formatAge(invitation.sentAt)}</>;
}

/** The record knows the email, not the user: the email opens "Find a user", which finds them in whatever account. */
export function invitationColumns(follow: ReturnType<typeof useFollow>, withResend: boolean): TableProps.ColumnDefinition<Invitation>[] {
  const columns: TableProps.ColumnDefinition<Invitation>[] = [
    {
      id: 'email',
      header: 'Email',
      isRowHeader: true,
      cell: ({ email }) => (
        <Link href={paths.findUser.to(email)} onFollow={follow}>
          {email}
        </Link>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      cell: ({ status }) => (status === undefined ? 'Unknown' : <StatusIndicator type={STATUS_TYPE[status]}>{status}</StatusIndicator>),
    },
    {
      id: 'emailStatus',
      header: 'Email status',
      cell: ({ emailStatus }) =>
        emailStatus === undefined ? (
          '-'
        ) : (
          <StatusIndicator type={EMAIL_STATUS_TYPE[emailStatus]}>{EMAIL_STATUS_LABEL[emailStatus]}</StatusIndicator>
        ),
    },
    { id: 'age', header: 'Age', cell: (invitation) => <Age invitation={invitation} /> },
    { id: 'sentBy', header: 'Sent by', cell: ({ sentBy }) => sentBy },
    { id: 'sentAt', header: 'Sent at', cell: ({ sentAt }) => <When iso={sentAt} /> },
    { id: 'sends', header: 'Sends', cell: ({ sends }) => sends },
    {
      id: 'checkedAt',
      header: 'Last checked',
      cell: ({ checkedAt }) => (checkedAt === undefined ? 'Not yet' : <When iso={checkedAt} />),
    },
  ];
  if (withResend) columns.push({ id: 'resend', header: 'Resend', cell: (invitation) => <ResendRecordButton invitation={invitation} /> });
  return columns;
}
