import type { AuditEntry } from '@chime-console/contracts';
import Link from '@cloudscape-design/components/link';
import Popover from '@cloudscape-design/components/popover';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { actionLabel, actionSummary } from './audit-actions.ts';

// Seconds matter when matching an entry with a ticket or a log line.
const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const ROLE_LABEL = { admin: 'Admin', helpdesk: 'Helpdesk', viewer: 'Viewer' } as const;
// On these the target is a console user (a UUID), not a Chime user with a page of their own.
const CONSOLE_USER_ACTIONS = new Set(['createConsoleUser', 'updateConsoleUser', 'forceConsolePassword']);

function Result({ entry }: { entry: AuditEntry }) {
  if (entry.result === 'ok') return <StatusIndicator type="success">OK</StatusIndicator>;
  const code = entry.errorCode === undefined ? '' : `: ${entry.errorCode}`;
  if (entry.result === 'denied') return <StatusIndicator type="warning">{`Denied${code}`}</StatusIndicator>;
  return <StatusIndicator type="error">{`Error${code}`}</StatusIndicator>;
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

type Follow = ReturnType<typeof useFollow>;

/** Without the account column on an account's own activity tab, where it would repeat one ID. */
export function auditColumns(follow: Follow, withAccount: boolean): TableProps.ColumnDefinition<AuditEntry>[] {
  const columns: TableProps.ColumnDefinition<AuditEntry>[] = [
    { id: 'at', header: 'Time', cell: (entry) => time.format(new Date(entry.at)), isRowHeader: true, width: 210 },
    { id: 'actor', header: 'Actor', cell: (entry) => entry.actor, width: 140 },
    { id: 'role', header: 'Role', cell: (entry) => (entry.role === undefined ? '-' : ROLE_LABEL[entry.role]), width: 110 },
    {
      id: 'action',
      header: 'Action',
      cell: (entry) => <span title={actionSummary(entry.action) ?? entry.action}>{actionLabel(entry.action)}</span>,
      width: 220,
    },
    {
      id: 'account',
      header: 'Account',
      width: 180,
      cell: ({ accountId }) =>
        accountId === undefined ? (
          '-'
        ) : (
          <Link href={paths.account.to(accountId)} onFollow={follow}>
            {accountId}
          </Link>
        ),
    },
    {
      id: 'user',
      header: 'User',
      width: 180,
      cell: ({ accountId, userId, action }) => {
        if (userId === undefined) return '-';
        if (accountId === undefined || CONSOLE_USER_ACTIONS.has(action)) return userId;
        return (
          <Link href={paths.user.to(accountId, userId)} onFollow={follow}>
            {userId}
          </Link>
        );
      },
    },
    { id: 'result', header: 'Result', cell: (entry) => <Result entry={entry} />, width: 170 },
    { id: 'clientIp', header: 'Client IP', cell: (entry) => entry.clientIp ?? '-', width: 130 },
    { id: 'upstreamRequestId', header: 'Upstream request ID', cell: (entry) => entry.upstreamRequestId ?? '-', width: 180 },
    { id: 'input', header: 'Input', cell: (entry) => <InputSummary input={entry.input} />, width: 90 },
  ];
  return withAccount ? columns : columns.filter((column) => column.id !== 'account');
}
