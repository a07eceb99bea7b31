import { USER_HISTORY_LIMIT, type UserHistoryEntry } from '@chime-console/contracts';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { TimeAgo } from '@/components/time-text.tsx';
import { paths } from '@/config/paths.ts';
import { useMay } from '@/features/auth/use-session.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useUserHistory } from '../api/get-user-history.ts';
import { doneToAUser } from './audit-actions.ts';
import { AuditResult } from './audit-columns.tsx';

const ROLE_WORD = { admin: 'an admin', helpdesk: 'helpdesk', viewer: 'a viewer' } as const;

/** "PIN reset by helpdesk", "Suspended by admin (an admin)": who did what, as said on a call. */
export function historyText({ action, actor, role }: Pick<UserHistoryEntry, 'action' | 'actor' | 'role'>): string {
  const who = role === undefined || actor === role ? actor : `${actor} (${ROLE_WORD[role]})`;
  return `${doneToAUser(action)} by ${who}`;
}

const COLUMNS: TableProps.ColumnDefinition<UserHistoryEntry>[] = [
  { id: 'what', header: 'What', cell: historyText, isRowHeader: true },
  { id: 'result', header: 'Result', cell: (entry) => <AuditResult entry={entry} /> },
  {
    id: 'when',
    header: 'When',
    cell: ({ at }) => <TimeAgo iso={at} />,
  },
];

/**
 * What console users did to this user, newest first: helpdesk's "who reset this PIN, who suspended
 * them yesterday?" answered on the page. Helpdesk and admins only (managers never see it), and
 * never a PIN: entries hold none. Admins can open the whole log filtered to this user.
 */
export function UserHistory({ accountId, userId }: { accountId: string; userId: string }) {
  const may = useMay('support');
  const administer = useMay('administer');
  const follow = useFollow();
  const history = useUserHistory(accountId, userId, { enabled: may });
  if (!may) return null;
  const items = history.data?.items ?? [];
  const header = (
    <Header
      variant="h2"
      counter={history.data && `(${items.length}${items.length === USER_HISTORY_LIMIT ? '+' : ''})`}
      description={`What console users did to this user, newest first (the last ${USER_HISTORY_LIMIT}).`}
      actions={
        administer && (
          <Link href={paths.audit.to({ accountId, userId })} onFollow={follow}>
            View in audit log
          </Link>
        )
      }
    >
      Recent history
    </Header>
  );
  if (history.isError)
    return <QueryErrorAlert header="Could not load the user's history" error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Table
      variant="container"
      header={header}
      items={items}
      columnDefinitions={COLUMNS}
      trackBy="id"
      loading={history.isPending}
      loadingText="Loading the user's history"
      ariaLabels={{ tableLabel: 'Recent history' }}
      empty="Nothing done to this user through the console yet."
    />
  );
}
