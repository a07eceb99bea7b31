import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { InvitationStatus, RegistrationStatus } from '@/components/user-status.tsx';
import { paths } from '@/config/paths.ts';
import type { useFollow } from '@/lib/use-follow.ts';
import { hitHref, type UserHit } from './hit-option.ts';

/** The results of "Find a user": enough to tell two people of the same name apart, each opening the user or their account. */
export function directoryColumns(follow: ReturnType<typeof useFollow>): TableProps.ColumnDefinition<UserHit>[] {
  return [
    {
      id: 'email',
      header: 'Email',
      isRowHeader: true,
      cell: (hit) => (
        <Link href={hitHref(hit)} onFollow={follow}>
          {hit.user.email ?? hit.user.id}
        </Link>
      ),
    },
    { id: 'displayName', header: 'Name', cell: ({ user }) => user.displayName ?? '-' },
    {
      id: 'account',
      header: 'Account',
      cell: ({ user, accountName }) => (
        <Link href={paths.account.to(user.accountId, 'users')} onFollow={follow}>
          {accountName}
        </Link>
      ),
    },
    { id: 'registrationStatus', header: 'Registration', cell: ({ user }) => <RegistrationStatus status={user.registrationStatus} /> },
    {
      id: 'invitationStatus',
      header: 'Invitation',
      cell: ({ user }) => <InvitationStatus status={user.invitationStatus} invitedOn={user.invitedOn} />,
    },
    { id: 'licenseType', header: 'License', cell: ({ user }) => user.licenseType ?? '-' },
  ];
}
