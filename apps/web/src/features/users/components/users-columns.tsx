import type { User } from '@chime-console/contracts';
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { paths } from '@/config/paths.ts';
import { formatDateTime } from '@/lib/format.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { InvitationStatus, RegistrationStatus } from '@/components/user-status.tsx';

function UserLink({ user }: { user: User }) {
  const follow = useFollow();
  return (
    <Link href={paths.user.to(user.accountId, user.id)} onFollow={follow}>
      {user.email ?? user.id}
    </Link>
  );
}

export const USER_COLUMNS: TableProps.ColumnDefinition<User>[] = [
  { id: 'email', header: 'Email', cell: (user) => <UserLink user={user} />, isRowHeader: true },
  { id: 'displayName', header: 'Name', cell: (user) => user.displayName ?? '-' },
  { id: 'licenseType', header: 'License', cell: (user) => user.licenseType ?? '-' },
  { id: 'userType', header: 'User type', cell: (user) => user.userType ?? '-' },
  { id: 'registrationStatus', header: 'Registration', cell: (user) => <RegistrationStatus status={user.registrationStatus} /> },
  {
    id: 'invitationStatus',
    header: 'Invitation',
    cell: (user) => <InvitationStatus status={user.invitationStatus} invitedOn={user.invitedOn} />,
  },
  { id: 'invitedOn', header: 'Invited on', cell: (user) => formatDateTime(user.invitedOn) },
  { id: 'registeredOn', header: 'Registered on', cell: (user) => formatDateTime(user.registeredOn) },
  { id: 'id', header: 'User ID', cell: (user) => user.id },
];

export const USER_COLUMN_OPTIONS: CollectionPreferencesProps.ContentDisplayOption[] = USER_COLUMNS.map((column) => ({
  id: column.id as string,
  label: column.header as string,
  alwaysVisible: column.id === 'email',
}));

const HIDDEN_BY_DEFAULT = new Set(['registeredOn', 'id']);

export const DEFAULT_USER_COLUMNS: CollectionPreferencesProps.ContentDisplayItem[] = USER_COLUMNS.map((column) => ({
  id: column.id as string,
  visible: !HIDDEN_BY_DEFAULT.has(column.id as string),
}));
