import type { Account, License, User } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import { useNotifications } from '@/lib/notifications.tsx';
import { useChangeLicense } from '../api/change-license.ts';
import { ConfirmModal } from '@/components/confirm-modal.tsx';

/** Only the licenses the account supports are offered: Chime refuses any other. */
export function ChangeLicenseDialog({ account, user, onClose }: { account: Account; user: User; onClose: () => void }) {
  const [license, setLicense] = useState<License | undefined>(user.licenseType);
  const change = useChangeLicense(account.id, user.id);
  const { notify } = useNotifications();
  const who = user.email ?? user.id;
  return (
    <ConfirmModal
      header={`Change the license of ${who}`}
      confirmLabel="Change license"
      pending={change.isPending}
      error={change.error}
      onCancel={onClose}
      onConfirm={() => {
        if (license === undefined) return;
        change.mutate(license, {
          onSuccess: () => {
            notify({ id: `license-${user.id}`, type: 'success', header: `${who} now has the ${license} license` });
            onClose();
          },
        });
      }}
    >
      <Box>Current license: {user.licenseType ?? 'none'}.</Box>
      <FormField label="New license" description={`Licenses ${account.name} supports.`}>
        <Select
          options={account.supportedLicenses.map((value) => ({ value, label: value }))}
          selectedOption={license ? { value: license, label: license } : null}
          placeholder="Choose a license"
          onChange={({ detail }) => setLicense(account.supportedLicenses.find((value) => value === detail.selectedOption.value))}
        />
      </FormField>
    </ConfirmModal>
  );
}
