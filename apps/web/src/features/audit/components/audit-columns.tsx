import type { AuditEntry } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { NameWithId, Truncated } from '@/components/name-with-id.tsx';
import { paths } from '@/config/paths.ts';
import { formatDateTime, formatRelativeTime, type TimeZoneChoice } from '@/lib/format.ts';
import type { useFollow } from '@/lib/use-follow.ts';
import { actionLabel, actionSummary } from './audit-actions.ts';

const ROLE_LABEL = { admin: 'Admin', helpdesk: 'Helpdesk', viewer: 'Viewer' } as const;
// On these the target is a console user, not a Chime user with a page of their own.
const CONSOLE_USER_ACTIONS = new Set(['createConsoleUser', 'updateConsoleUser', 'forceConsolePassword']);

/** Shown only when a person adds them through Preferences: what an investigation needs, not a glance. */
export const TECHNICAL_AUDIT_COLUMNS = ['role', 'clientIp', 'upstreamRequestId', 'input'] as const;

/** OK, Denied or Error, with the error's code below it (a code can be long: it would widen the column). */
export function AuditResult({ entry }: { entry: Pick<AuditEntry, 'result' | 'errorCode'> }) {
  if (entry.result === 'ok') return <StatusIndicator type="success">OK</StatusIndicator>;
  return (
    <>
      <StatusIndicator type={entry.result === 'denied' ? 'warning' : 'error'}>
        {entry.result === 'denied' ? 'Denied' : 'Error'}
      </StatusIndicator>
      {entry.errorCode !== undefined && (
        <Box variant="small" color="text-body-secondary" display="block">
          <Truncated text={entry.errorCode} />
        </Box>
      )}
    </>
  );
}

function InputSummary({ input }: { input: AuditEntry['input'] }) {
  if (input === undefined || Object.keys(input).length === 0) return <>-</>;
  return (
    <Popover
      header="Input"
      size="large"
      triggerType="text"
      position="left"
      content={<pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(input, null, 2)}</pre>}
    >
      View
    </Popover>
  );
}

/** Seconds matter when matching an entry with a ticket or a log line; how long ago, for a glance. */
function Time({ at, timeZone }: { at: string; timeZone: TimeZoneChoice }) {
  return (
    <time dateTime={at}>
      {formatDateTime(at, { timeZone, seconds: true })}
      <Box variant="small" color="text-body-secondary" display="block">
        {formatRelativeTime(at)}
      </Box>
    </time>
  );
}

type Follow = ReturnType<typeof useFollow>;

interface AuditColumnsOptions {
  follow: Follow;
  /** Not on an account's own activity tab, where it would repeat one account. */
  withAccount: boolean;
  timeZone: TimeZoneChoice;
  /** "UTC", "GMT+1": named in the time column's header. */
  zoneName: string;
}

export function auditColumns({ follow, withAccount, timeZone, zoneName }: AuditColumnsOptions): TableProps.ColumnDefinition<AuditEntry>[] {
  const columns: TableProps.ColumnDefinition<AuditEntry>[] = [
    {
      id: 'at',
      header: `Time (${zoneName})`,
      cell: (entry) => <Time at={entry.at} timeZone={timeZone} />,
      isRowHeader: true,
      minWidth: 170,
    },
    { id: 'actor', header: 'Actor', cell: (entry) => <Truncated text={entry.actor} /> },
    { id: 'role', header: 'Role', cell: (entry) => (entry.role === undefined ? '-' : ROLE_LABEL[entry.role]) },
    {
      id: 'action',
      header: 'Action',
      cell: (entry) => <span title={actionSummary(entry.action) ?? entry.action}>{actionLabel(entry.action)}</span>,
    },
    {
      id: 'account',
      header: 'Account',
      cell: ({ accountId, accountName }) =>
        accountId === undefined ? (
          '-'
        ) : (
          <NameWithId narrow name={accountName} id={accountId} what="account ID" href={paths.account.to(accountId)} onFollow={follow} />
        ),
    },
    {
      id: 'user',
      header: 'User',
      cell: ({ accountId, userId, userName, action }) => {
        if (userId === undefined) return '-';
        const href = accountId !== undefined && !CONSOLE_USER_ACTIONS.has(action) ? paths.user.to(accountId, userId) : undefined;
        return <NameWithId narrow name={userName} id={userId} what={href ? 'user ID' : 'console user ID'} href={href} onFollow={follow} />;
      },
    },
    { id: 'result', header: 'Result', cell: (entry) => <AuditResult entry={entry} /> },
    { id: 'clientIp', header: 'Client IP', cell: (entry) => entry.clientIp ?? '-' },
    { id: 'upstreamRequestId', header: 'Upstream request ID', cell: (entry) => entry.upstreamRequestId ?? '-' },
    { id: 'input', header: 'Input', cell: (entry) => <InputSummary input={entry.input} /> },
  ];
  return withAccount ? columns : columns.filter((column) => column.id !== 'account');
}
