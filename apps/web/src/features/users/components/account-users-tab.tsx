import type { Account, User } from '@chime-console/contracts';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { pageCounter, TableShell, totalCounter } from '@/components/table-shell.tsx';
import { paths } from '@/config/paths.ts';
import { apiUrl } from '@/lib/api-client.ts';
import { useMay } from '@/features/auth/use-session.ts';
import { useUsers } from '../api/list-users.ts';
import type { BulkJobs } from '../bulk/bulk-jobs.ts';
import { useBulkAction } from '../bulk/use-bulk-action.ts';
import { InviteUsersDialog } from '../invite/invite-users-dialog.tsx';
import { BulkActionModal, type BulkKind } from './bulk-action-modal.tsx';
import { BulkResultsModal } from './bulk-results-modal.tsx';
import { CreateUserModal } from './create-user-modal.tsx';
import { useColumnDisplay } from '../hooks/use-column-display.ts';
import { useUsersPagination } from '../hooks/use-users-pagination.ts';
import { useUsersView } from '../hooks/use-users-view.ts';
import { NO_FILTERS } from '../hooks/users-filter-query.ts';
import { UsersActions } from './users-actions.tsx';
import { DEFAULT_USER_COLUMNS, USER_COLUMN_OPTIONS, USER_COLUMNS } from './users-columns.tsx';
import { UsersFilters } from './users-filters.tsx';
import { UsersFreshness } from './users-freshness.tsx';
import { matchesText, scanText, usersEmptyState } from './users-empty.tsx';

/**
 * The account page's users tab: server-side pages and filters from the URL, bulk actions on the
 * selected rows (as server-side jobs, handed in by the page, beyond one batch call's worth).
 */
export function AccountUsersTab({ account, jobs }: { account: Account; jobs: BulkJobs }) {
  const navigate = useNavigate();
  const [view, { filters, query, update, setFilters }] = useUsersView();
  const users = useUsers(account.id, query);
  const [columns, setColumns] = useColumnDisplay('chime-console.users.columns', DEFAULT_USER_COLUMNS);
  const viewKey = JSON.stringify(query);
  // Selection belongs to the page it was made on: another page or filter starts empty.
  const [selection, setSelection] = useState<{ key: string; users: readonly User[] }>({ key: viewKey, users: [] });
  const clearSelection = () => setSelection({ key: viewKey, users: [] });
  const [bulkKind, setBulkKind] = useState<BulkKind>();
  const [creating, setCreating] = useState(false);
  const bulk = useBulkAction(account, jobs);
  // Every bulk action needs at least helpdesk (sign out); a viewer has nothing to select rows for.
  const selectable = useMay('support');

  const page = users.data;
  const items = page?.items ?? [];
  // Only rows still listed count: a user a bulk action removed (a suspended Team user) is no longer there to act on.
  const selected = selection.key === viewKey ? selection.users.filter((user) => items.some((item) => item.id === user.id)) : [];
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const pagination = useUsersPagination(account.id, view, query, page, (patch) => update(patch));
  const manage = useMay('manageUsers');

  return (
    <SpaceBetween size="m">
      <TableShell<User>
        variant="container"
        title="Users"
        counter={
          page &&
          (page.total === undefined
            ? pageCounter(items.length, page.nextCursor !== undefined, selected.length)
            : totalCounter(page.total, selected.length))
        }
        description={
          page?.total !== undefined ? (
            <UsersFreshness accountId={account.id} total={page.total} asOf={page.asOf} />
          ) : page?.scan ? (
            scanText(page.scan)
          ) : undefined
        }
        actions={
          <UsersActions
            account={account}
            selectedCount={selected.length}
            exportHref={apiUrl('exportUsers', { params: { accountId: account.id }, query: filters })}
            onBulk={setBulkKind}
            onCreate={() => setCreating(true)}
            onInvite={() => update({ invite: 'open' })}
            // An answer from the index has its own Refresh, which reads Chime; another is Chime's already.
            onRefresh={page?.total === undefined ? () => void users.refetch() : undefined}
            refreshing={users.isFetching}
          />
        }
        items={items}
        trackBy="id"
        loading={users.isPending || users.isPlaceholderData}
        loadingText="Loading users"
        columnDefinitions={USER_COLUMNS}
        selectionType={selectable ? 'multi' : undefined}
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelection({ key: viewKey, users: detail.selectedItems })}
        ariaLabels={{
          tableLabel: `Users of ${account.name}`,
          selectionGroupLabel: 'Users selection',
          allItemsSelectionLabel: () => 'Select all users on this page',
          itemSelectionLabel: (_, user) => `Select ${user.email ?? user.id}`,
        }}
        filter={
          <UsersFilters
            account={account}
            filters={filters}
            countText={page && matchesText(items.length, page.nextCursor !== undefined, page.total)}
            loading={users.isFetching}
            onChange={setFilters}
          />
        }
        pagination={{ ...pagination, disabled: pagination.disabled === true || users.isFetching }}
        preferences={{
          pageSize: view.pageSize,
          itemsName: 'users',
          onPageSizeChange: (pageSize) => setFilters({ pageSize }),
          columns: { display: columns, options: USER_COLUMN_OPTIONS, onChange: setColumns },
        }}
        query={users}
        errorHeader="Could not load users"
        onFirstPage={() => setFilters({})}
        empty={usersEmptyState({
          filtered,
          scan: page?.scan,
          onClear: () => setFilters(NO_FILTERS),
          onInvite: manage && account.type === 'Team' ? () => update({ invite: 'open' }) : undefined,
          onCreate: manage ? () => setCreating(true) : undefined,
        })}
      />
      {bulkKind && (
        <BulkActionModal
          account={account}
          kind={bulkKind}
          users={selected}
          onCancel={() => setBulkKind(undefined)}
          onConfirm={(action) => {
            setBulkKind(undefined);
            // The action is under way on these users: what they were selected for is done.
            clearSelection();
            bulk.mutate({ action, users: selected });
          }}
        />
      )}
      {bulk.data && (
        <BulkResultsModal
          accountId={account.id}
          outcome={bulk.data}
          jobs={jobs}
          onDismiss={() => bulk.reset()}
          onRetry={(run) => bulk.mutate(run)}
        />
      )}
      {creating && (
        <CreateUserModal
          account={account}
          onDismiss={() => setCreating(false)}
          onCreated={(user) => void navigate(paths.user.to(account.id, user.id))}
        />
      )}
      {view.invite === 'open' && account.type === 'Team' && (
        <InviteUsersDialog account={account} jobs={jobs} onDismiss={() => update({ invite: undefined })} />
      )}
    </SpaceBetween>
  );
}
