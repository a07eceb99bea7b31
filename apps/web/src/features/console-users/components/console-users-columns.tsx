import type { ConsoleUser } from '@chime-console/contracts';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { CompactTime } from '@/components/time-text.tsx';
import { ROLE_LABEL } from './roles.ts';

export type ConsoleUserAction = 'role' | 'disabled' | 'password';

export function consoleUsersColumns(
  currentUsername: string,
  onAction: (action: ConsoleUserAction, user: ConsoleUser) => void,
): TableProps.ColumnDefinition<ConsoleUser>[] {
  return [
    {
      id: 'username',
      header: 'Username',
      cell: (user) => (user.username === currentUsername ? `${user.username} (you)` : user.username),
      sortingField: 'username',
      isRowHeader: true,
    },
    { id: 'role', header: 'Role', cell: (user) => ROLE_LABEL[user.role], sortingField: 'role' },
    {
      id: 'status',
      header: 'Status',
      cell: (user) =>
        user.disabled ? (
          <StatusIndicator type="stopped">Disabled</StatusIndicator>
        ) : (
          <StatusIndicator type="success">Active</StatusIndicator>
        ),
    },
    {
      id: 'mustChangePassword',
      header: 'Must change password',
      cell: (user) => (user.mustChangePassword ? <StatusIndicator type="pending">Yes, at next sign-in</StatusIndicator> : 'No'),
    },
    {
      id: 'createdAt',
      header: 'Created',
      cell: ({ createdAt }) => <CompactTime iso={createdAt} />,
      sortingField: 'createdAt',
    },
    {
      id: 'actions',
      header: 'Actions',
      cell: (user) => (
        <ButtonDropdown
          variant="inline-icon"
          ariaLabel={`Actions for ${user.username}`}
          expandToViewport
          items={[
            { id: 'role', text: 'Change role' },
            { id: 'password', text: 'Set a new password' },
            { id: 'disabled', text: user.disabled ? 'Enable' : 'Disable' },
          ]}
          onItemClick={({ detail }) => onAction(detail.id as ConsoleUserAction, user)}
        />
      ),
    },
  ];
}
