import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { TableEmpty } from '@/components/table-empty.tsx';
import { useAccounts } from '../api/list-accounts.ts';
import { PAGE_SIZES, useAccountsView } from '../hooks/use-accounts-view.ts';
import type { Permission } from '../permission.ts';
import { accountColumns } from './account-columns.tsx';
import { CreateAccountButton } from './create-account-button.tsx';
import { FindAccountByEmail } from './find-account-by-email.tsx';
import { NamePrefixFilter } from './name-prefix-filter.tsx';

/** Chime gives no total: pages chain forward by cursor, and the URL remembers the way back. */
export function AccountsTable({ permission }: { permission: Permission }) {
  const view = useAccountsView();
  const accounts = useAccounts(view.query);
  const items = accounts.data?.items ?? [];
  const nextCursor = accounts.data?.nextCursor;
  const filtered = view.namePrefix !== undefined || view.userEmail !== undefined;
  const clearFilters = () => view.setFilters({ namePrefix: undefined, userEmail: undefined });
  return (
    <Table
      variant="full-page"
      items={accounts.isError ? [] : items}
      columnDefinitions={accountColumns}
      trackBy="id"
      loading={accounts.isPending}
      loadingText="Loading accounts"
      ariaLabels={{ tableLabel: 'Accounts' }}
      header={
        <Header
          variant="awsui-h1-sticky"
          description="Amazon Chime accounts reachable with the console's credentials."
          actions={<CreateAccountButton permission={permission} />}
        >
          Accounts
        </Header>
      }
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
      pagination={<Pagination {...view.pagination(nextCursor)} disabled={accounts.isFetching} />}
      preferences={
        <CollectionPreferences
          title="Preferences"
          confirmLabel="Confirm"
          cancelLabel="Cancel"
          preferences={{ pageSize: view.pageSize }}
          pageSizePreference={{
            title: 'Accounts per page',
            options: PAGE_SIZES.map((size) => ({ value: size, label: `${size} accounts` })),
          }}
          onConfirm={({ detail }) => view.setPageSize(detail.pageSize ?? view.pageSize)}
        />
      }
      empty={
        <TableEmpty
          isError={accounts.isError}
          error={accounts.error}
          errorHeader="Could not load accounts"
          onRetry={() => void accounts.refetch()}
          onFirstPage={view.firstPage}
        >
          <EmptyAccounts filtered={filtered} userEmail={view.userEmail} onClear={clearFilters} />
        </TableEmpty>
      }
    />
  );
}

/** Only this page's count is known: more pages may follow. */
function matchCount(count: number, more: boolean): string {
  if (more) return `${count}+ matches`;
  return count === 1 ? '1 match' : `${count} matches`;
}

function EmptyAccounts({ filtered, userEmail, onClear }: { filtered: boolean; userEmail: string | undefined; onClear: () => void }) {
  if (!filtered) {
    return (
      <Box textAlign="center" color="inherit">
        <b>No accounts</b>
        <Box variant="p" color="inherit">
          The console's credentials reach no Chime account yet.
        </Box>
      </Box>
    );
  }
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="xs">
        <b>No matching accounts</b>
        <Box variant="p" color="inherit">
          {userEmail === undefined ? 'No account name starts with that text.' : `No account holds a user with the email ${userEmail}.`}
        </Box>
        <Button onClick={onClear}>Clear filters</Button>
      </SpaceBetween>
    </Box>
  );
}
