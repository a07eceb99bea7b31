import type { Account, License } from '@chime-console/contracts';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal.tsx';
import { useNotifications } from '@/lib/notifications.tsx';
import { useUpdateAccount } from '../api/update-account.ts';

/** Chime refuses a default license the account does not support, so only the supported ones are offered. */
export function DefaultLicenseModal({ account, onDismiss }: { account: Account; onDismiss: () => void }) {
  const [license, setLicense] = useState<License | undefined>(account.defaultLicense);
  const updateAccount = useUpdateAccount(account.id);
  const { notify } = useNotifications();
  const options = account.supportedLicenses.map((value) => ({ value, label: value }));

  const save = () => {
    if (license === undefined || license === account.defaultLicense) {
      onDismiss();
      return;
    }
    updateAccount.mutate(
      { defaultLicense: license },
      {
        onSuccess: (updated) => {
          notify({
            id: `default-license-${account.id}`,
            type: 'success',
            header: `Default license of ${account.name} is now ${updated.defaultLicense ?? license}`,
          });
          onDismiss();
        },
      },
    );
  };

  return (
    <FormModal
      header={`Default license of ${account.name}`}
      submitLabel="Save"
      pending={updateAccount.isPending}
      error={updateAccount.error}
      errorHeader="Could not change the default license"
      onSubmit={save}
      onDismiss={onDismiss}
    >
      <FormField label="Default license" description="Given to users who join the account from now on; existing users keep theirs.">
        <Select
          selectedOption={license === undefined ? null : { value: license, label: license }}
          options={options}
          onChange={({ detail }) => setLicense(account.supportedLicenses.find((value) => value === detail.selectedOption.value))}
          placeholder="Choose a license"
        />
      </FormField>
    </FormModal>
  );
}
