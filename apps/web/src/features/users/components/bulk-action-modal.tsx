import type { Account, License, User } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { DIRECT_LIMIT } from '../bulk/bulk-jobs.ts';
import type { BulkAction } from '../bulk/run-bulk-action.ts';
import { describeBulkKind, useRunsAsJob } from '../bulk/use-bulk-action.ts';

export type BulkKind = BulkAction['kind'];

interface BulkActionModalProps {
  account: Account;
  kind: BulkKind;
  users: readonly User[];
  onCancel: () => void;
  onConfirm: (action: BulkAction) => void;
}

const SHOWN = 5;
const TITLES: Record<BulkKind, string> = {
  license: 'Change license',
  suspend: 'Suspend',
  unsuspend: 'Unsuspend',
  signOut: 'Sign out everywhere',
};

/** Confirms a bulk action naming whom it touches; a license change also picks the license. */
export function BulkActionModal({ account, kind, users, onCancel, onConfirm }: BulkActionModalProps) {
  const [license, setLicense] = useState<License | undefined>();
  const action: BulkAction | undefined = kind === 'license' ? license && { kind, licenseType: license } : { kind };
  const names = users.slice(0, SHOWN).map((user) => user.email ?? user.id);
  const title = TITLES[kind];
  const asJob = useRunsAsJob(users.length);
  return (
    <ConfirmModal
      header={describeBulkKind(kind, users.length)}
      confirmLabel={title}
      confirmDisabled={action === undefined}
      onConfirm={() => action && onConfirm(action)}
      onCancel={onCancel}
    >
      <Box>
        {names.join(', ')}
        {users.length > SHOWN && ` and ${users.length - SHOWN} more`} in {account.name}.
      </Box>
      {kind === 'license' && (
        <FormField label="New license" description={`Licenses ${account.name} supports.`}>
          <Select
            placeholder="Choose a license"
            options={account.supportedLicenses.map((value) => ({ value, label: value }))}
            selectedOption={license ? { value: license, label: license } : null}
            onChange={({ detail }) => setLicense(account.supportedLicenses.find((value) => value === detail.selectedOption.value))}
          />
        </FormField>
      )}
      {kind === 'suspend' && account.type === 'Team' && (
        <Alert type="warning">In a Team account, Chime removes suspended users from the account.</Alert>
      )}
      {kind === 'suspend' && account.type !== 'Team' && <Box>They can no longer sign in until they are unsuspended.</Box>}
      {kind === 'signOut' && <Box>They are signed out of every device and must sign in again.</Box>}
      {asJob && (
        <Box color="text-body-secondary">
          More than {DIRECT_LIMIT} users: this runs on the server as a job, in chunks paced to Chime’s rate limit. You can close the
          progress and follow the job on the Bulk jobs page.
        </Box>
      )}
    </ConfirmModal>
  );
}
