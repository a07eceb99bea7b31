import type { User } from '@chime-console/contracts';
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { CompactTime } from '@/components/time-text.tsx';
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
  // The year only when it is not this one, the full time on hover: the table fits at 1440 px.
  { id: 'invitedOn', header: 'Invited on', cell: (user) => <CompactTime iso={user.invitedOn} /> },
  { id: 'registeredOn', header: 'Registered on', cell: (user) => <CompactTime iso={user.registeredOn} /> },
  { id: 'id', header: 'User ID', cell: (user) => user.id },
];

export const USER_COLUMN_OPTIONS: CollectionPreferencesProps.ContentDisplayOption[] = USER_COLUMNS.map((column) => ({
  id: column.id as string,
  label: column.header as string,
  alwaysVisible: column.id === 'email',
}));

// The invitation's status already says how long it has been pending; the dates are one Preferences click away.
const HIDDEN_BY_DEFAULT = new Set(['invitedOn', 'registeredOn', 'id']);

export const DEFAULT_USER_COLUMNS: CollectionPreferencesProps.ContentDisplayItem[] = USER_COLUMNS.map((column) => ({
  id: column.id as string,
  visible: !HIDDEN_BY_DEFAULT.has(column.id as string),
}));
