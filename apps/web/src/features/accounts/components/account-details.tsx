import type { Account } from '@chime-console/contracts';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { formatDateTime } from '@/lib/format.ts';
import { AccountStatus } from './account-status.tsx';

export function AccountDetails({ account }: { account: Account }) {
  return (
    <KeyValuePairs
      columns={3}
      items={[
        { label: 'Name', value: account.name },
        { label: 'Account ID', value: account.id },
        { label: 'AWS account ID', value: account.awsAccountId },
        { label: 'Type', value: account.type ?? '-' },
        { label: 'Status', value: <AccountStatus status={account.status} /> },
        { label: 'Default license', value: account.defaultLicense ?? '-' },
        { label: 'Supported licenses', value: account.supportedLicenses.join(', ') || '-' },
        { label: 'Created', value: formatDateTime(account.createdAt) },
      ]}
    />
  );
}
