import type { ConsoleUser } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { InfoLink } from '@/components/help/info-link.tsx';
import { TableShell } from '@/components/table-shell.tsx';
import { RefreshButton } from '@/components/refresh-button.tsx';
import { sortShape, useUrlSort } from '@/lib/url-sort.ts';
import { useUrlState } from '@/lib/url-state.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useConsoleUsers } from '../api/list-console-users.ts';
import { ChangeRoleModal } from './change-role-modal.tsx';
import { consoleUsersColumns, type ConsoleUserAction } from './console-users-columns.tsx';
import { CreateConsoleUserModal } from './create-console-user-modal.tsx';
import { ForcePasswordModal } from './force-password-modal.tsx';
import { ROLE_LABEL } from './roles.ts';
import { SetDisabledModal } from './set-disabled-modal.tsx';

const SORT_SHAPE = sortShape(['username', 'role', 'createdAt']);
const DEFAULT_SORT = { field: 'username', descending: false } as const;
const NONE: readonly ConsoleUser[] = [];
const FIND_SHAPE = { find: z.string().max(64).optional() };

type Dialog = { kind: 'create' } | { kind: ConsoleUserAction; user: ConsoleUser };

/** Who may use the console: create people, change their role, disable them, force a new password. */
export function ConsoleUsersTable({ currentUsername }: { currentUsername: string }) {
  const users = useConsoleUsers();
  const { notify } = useNotifications();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const done = (id: string, content: string) => {
    close();
    notify({ id, type: 'success', content });
  };
  const [view, updateView] = useUrlState(FIND_SHAPE);
  const all = users.isError ? NONE : (users.data?.items ?? NONE);
  const needle = view.find?.trim().toLowerCase() ?? '';
  const matching = useMemo(() => (needle === '' ? all : all.filter((user) => user.username.toLowerCase().includes(needle))), [all, needle]);
  const sort = useUrlSort(SORT_SHAPE, DEFAULT_SORT, matching);
  const columns = consoleUsersColumns(currentUsername, (kind, user) => setDialog({ kind, user }));
  const total = users.data?.items.length;
  return (
    <SpaceBetween size="m">
      <TableShell
        {...sort.tableProps}
        variant="full-page"
        title="Console users"
        info={<InfoLink about="console users and roles" />}
        counter={total === undefined ? undefined : `(${total})`}
        description="The people who may sign in to this console, and what their role lets them do."
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <RefreshButton query={users} />
            <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
              Create console user
            </Button>
          </SpaceBetween>
        }
        items={sort.items}
        columnDefinitions={columns}
        trackBy="id"
        loading={users.isPending}
        loadingText="Loading console users"
        stickyHeader
        filter={
          <TextFilter
            // In the URL like every filter; typing replaces the entry rather than adding one per key.
            filteringText={view.find ?? ''}
            onChange={({ detail }) => updateView({ find: detail.filteringText }, { replace: true })}
            filteringPlaceholder="Find a console user"
            filteringAriaLabel="Find a console user"
            countText={needle === '' ? undefined : `${matching.length} matches`}
          />
        }
        query={users}
        errorHeader="Could not load console users"
        empty={{ title: all.length === 0 ? 'No console users' : 'No console user matches' }}
      />
      {dialog?.kind === 'create' && (
        <CreateConsoleUserModal
          onClose={close}
          onCreated={(user) => done(`console-user-${user.id}`, `${user.username} can now sign in as ${ROLE_LABEL[user.role]}.`)}
        />
      )}
      {dialog?.kind === 'role' && (
        <ChangeRoleModal
          user={dialog.user}
          onClose={close}
          onChanged={(user) => done(`console-user-${user.id}`, `${user.username} is now ${ROLE_LABEL[user.role]}.`)}
        />
      )}
      {dialog?.kind === 'disabled' && (
        <SetDisabledModal
          user={dialog.user}
          onClose={close}
          onChanged={(user) =>
            done(`console-user-${user.id}`, user.disabled ? `${user.username} is disabled and signed out.` : `${user.username} is enabled.`)
          }
        />
      )}
      {dialog?.kind === 'password' && (
        <ForcePasswordModal
          user={dialog.user}
          onClose={close}
          onDone={(user) =>
            done(`console-user-${user.id}`, `${user.username} was signed out and must choose a new password at their next sign-in.`)
          }
        />
      )}
    </SpaceBetween>
  );
}
