import type { Account } from '@chime-console/contracts';
import type { TableProps } from '@cloudscape-design/components/table';
import { CompactTime } from '@/components/time-text.tsx';
import { NameWithId } from '@/components/name-with-id.tsx';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { AccountStatus } from './account-status.tsx';

function AccountLink({ account }: { account: Account }) {
  const follow = useFollow();
  return <NameWithId name={account.name} id={account.id} what="account ID" href={paths.account.to(account.id)} onFollow={follow} />;
}

export const accountColumns: TableProps.ColumnDefinition<Account>[] = [
  { id: 'name', header: 'Name', cell: (account) => <AccountLink account={account} />, isRowHeader: true },
  { id: 'id', header: 'Account ID', cell: (account) => account.id },
  { id: 'type', header: 'Type', cell: (account) => account.type ?? '-' },
  { id: 'status', header: 'Status', cell: (account) => <AccountStatus status={account.status} /> },
  { id: 'defaultLicense', header: 'Default license', cell: (account) => account.defaultLicense ?? '-' },
  { id: 'supportedLicenses', header: 'Supported licenses', cell: (account) => account.supportedLicenses.join(', ') || '-' },
  {
    id: 'createdAt',
    header: 'Created',
    cell: ({ createdAt }) => <CompactTime iso={createdAt} />,
  },
];

/** The ID is on every name's hover and copy button; its own column is for those who add it back. */
export const HIDDEN_ACCOUNT_COLUMNS = ['id'];
