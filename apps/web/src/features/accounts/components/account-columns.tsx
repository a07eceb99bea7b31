import type { Account } from '@chime-console/contracts';
import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import { paths } from '@/config/paths.ts';
import { formatDateTime } from '@/lib/format.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { AccountStatus } from './account-status.tsx';

function AccountLink({ account }: { account: Account }) {
  const follow = useFollow();
  return (
    <Link href={paths.account.to(account.id)} onFollow={follow}>
      {account.name}
    </Link>
  );
}

export const accountColumns: TableProps.ColumnDefinition<Account>[] = [
  { id: 'name', header: 'Name', cell: (account) => <AccountLink account={account} />, isRowHeader: true },
  { id: 'id', header: 'Account ID', cell: (account) => account.id },
  { id: 'type', header: 'Type', cell: (account) => account.type ?? '-' },
  { id: 'status', header: 'Status', cell: (account) => <AccountStatus status={account.status} /> },
  { id: 'defaultLicense', header: 'Default license', cell: (account) => account.defaultLicense ?? '-' },
  { id: 'supportedLicenses', header: 'Supported licenses', cell: (account) => account.supportedLicenses.join(', ') || '-' },
  { id: 'createdAt', header: 'Created', cell: (account) => formatDateTime(account.createdAt) },
];
