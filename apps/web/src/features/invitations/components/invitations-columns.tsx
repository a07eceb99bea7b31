import type { Invitation } from '@chime-console/contracts';
import Link from '@cloudscape-design/components/link';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { STALE_PENDING_DAYS } from '@/components/user-status.tsx';
import { paths } from '@/config/paths.ts';
import { CompactTime } from '@/components/time-text.tsx';
import { daysSince, formatAge, formatDateTime } from '@/lib/format.ts';
import type { useFollow } from '@/lib/use-follow.ts';
import { ResendRecordButton } from './resend-record-button.tsx';

type Status = NonNullable<Invitation['status']>;

const STATUS_TYPE: Record<Status, StatusIndicatorProps.Type> = {
  Pending: 'pending',
  Accepted: 'success',
  Failed: 'error',
  Removed: 'stopped',
};
const EMAIL_STATUS_TYPE: Record<NonNullable<Invitation['emailStatus']>, StatusIndicatorProps.Type> = {
  Sent: 'success',
  NotSent: 'stopped',
  Failed: 'error',
};
const EMAIL_STATUS_LABEL = { Sent: 'Sent', NotSent: 'Not sent', Failed: 'Failed' } as const;
/** Days since it was sent, the send time on hover; a pending one past a week is worth a reminder. */
function Age({ invitation }: { invitation: Invitation }) {
  const days = daysSince(invitation.sentAt) ?? 0;
  const age = formatAge(invitation.sentAt);
  return (
    <span title={`Sent ${formatDateTime(invitation.sentAt)}`}>
      {invitation.status === 'Pending' && days > STALE_PENDING_DAYS ? <StatusIndicator type="warning">{age}</StatusIndicator> : age}
    </span>
  );
}

/** Who sent it: a console user, or nobody the console knows of. */
export const senderName = (sentBy: string | undefined): string => sentBy ?? 'Outside the console';

/** The user the invitation made opens their page; one the index has not seen yet opens the exact lookup by email. */
function InvitedUser({ invitation, follow }: { invitation: Invitation; follow: ReturnType<typeof useFollow> }) {
  const { accountId, userId, email } = invitation;
  return (
    <Link href={userId === undefined ? paths.findUser.to({ email }) : paths.user.to(accountId, userId)} onFollow={follow}>
      {email}
    </Link>
  );
}

/** The send time is on the age's hover; when Chime was last asked is for those who add it through Preferences. */
export const HIDDEN_INVITATION_COLUMNS = ['sentAt', 'checkedAt'];

export function invitationColumns(follow: ReturnType<typeof useFollow>, withResend: boolean): TableProps.ColumnDefinition<Invitation>[] {
  const columns: TableProps.ColumnDefinition<Invitation>[] = [
    {
      id: 'email',
      header: 'Email',
      isRowHeader: true,
      cell: (invitation) => <InvitedUser invitation={invitation} follow={follow} />,
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
    { id: 'sentBy', header: 'Sent by', cell: ({ sentBy }) => senderName(sentBy) },
    { id: 'sentAt', header: 'Sent at', cell: ({ sentAt }) => <CompactTime iso={sentAt} /> },
    { id: 'sends', header: 'Sends', cell: ({ sends }) => sends },
    {
      id: 'checkedAt',
      header: 'Last checked',
      cell: ({ checkedAt }) => (checkedAt === undefined ? 'Not yet' : <CompactTime iso={checkedAt} />),
    },
  ];
  if (withResend) columns.push({ id: 'resend', header: 'Resend', cell: (invitation) => <ResendRecordButton invitation={invitation} /> });
  return columns;
}
