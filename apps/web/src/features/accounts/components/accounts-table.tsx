import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { EmptyStateProps } from '@/components/empty-state.tsx';
import { pageCounter, TableShell } from '@/components/table-shell.tsx';
import { useColumnPreferences } from '@/lib/use-column-display.ts';
import { useAccounts } from '../api/list-accounts.ts';
import { useAccountsView } from '../hooks/use-accounts-view.ts';
import type { Permission } from '../permission.ts';
import { accountColumns, HIDDEN_ACCOUNT_COLUMNS } from './account-columns.tsx';
import { CreateAccountButton } from './create-account-button.tsx';
import { FindAccountByEmail } from './find-account-by-email.tsx';
import { NamePrefixFilter } from './name-prefix-filter.tsx';

/** Chime gives no total: pages chain forward by cursor, and the URL remembers the way back. */
export function AccountsTable({ permission }: { permission: Permission }) {
  const view = useAccountsView();
  const columns = useColumnPreferences('chime-console.account-columns', accountColumns, {
    hidden: HIDDEN_ACCOUNT_COLUMNS,
    alwaysVisible: ['name'],
  });
  const accounts = useAccounts(view.query);
  const items = accounts.data?.items ?? [];
  const nextCursor = accounts.data?.nextCursor;
  const filtered = view.namePrefix !== undefined || view.userEmail !== undefined;
  const clearFilters = () => view.setFilters({ namePrefix: undefined, userEmail: undefined });
  return (
    <TableShell
      variant="full-page"
      title="Accounts"
      counter={accounts.data && pageCounter(items.length, nextCursor !== undefined)}
      description="Amazon Chime accounts reachable with the console's credentials."
      actions={<CreateAccountButton permission={permission} />}
      items={items}
      columnDefinitions={accountColumns}
      trackBy="id"
      loading={accounts.isPending}
      loadingText="Loading accounts"
      filter={
        <SpaceBetween direction="horizontal" size="l" alignItems="end">
          <NamePrefixFilter
            value={view.namePrefix}
            onCommit={(namePrefix) => view.setFilters({ namePrefix })}
            countText={accounts.isSuccess && view.namePrefix !== undefined ? matchCount(items.length, nextCursor !== undefined) : undefined}
          />
          <FindAccountByEmail value={view.userEmail} onCommit={(userEmail) => view.setFilters({ userEmail })} />
        </SpaceBetween>
      }
      pagination={{ ...view.pagination(nextCursor), disabled: accounts.isFetching }}
      preferences={{ pageSize: view.pageSize, itemsName: 'accounts', onPageSizeChange: view.setPageSize, columns }}
      query={accounts}
      errorHeader="Could not load accounts"
      onFirstPage={view.firstPage}
      empty={emptyAccounts(filtered, view.userEmail, clearFilters, permission)}
    />
  );
}

/** Only this page's count is known: more pages may follow. */
function matchCount(count: number, more: boolean): string {
  if (more) return `${count}+ matches`;
  return count === 1 ? '1 match' : `${count} matches`;
}

function emptyAccounts(filtered: boolean, userEmail: string | undefined, onClear: () => void, permission: Permission): EmptyStateProps {
  if (!filtered) {
    return {
      title: 'No accounts',
      description: "The console's credentials reach no Chime account yet.",
      action: permission.allowed ? <CreateAccountButton permission={permission} /> : undefined,
    };
  }
  return {
    title: 'No matching accounts',
    description:
      userEmail === undefined ? 'No account name starts with that text.' : `No account holds a user with the email ${userEmail}.`,
    action: <Button onClick={onClear}>Clear filters</Button>,
  };
}
