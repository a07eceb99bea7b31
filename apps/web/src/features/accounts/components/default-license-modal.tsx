import type { Account, License } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { explain } from '@/lib/api-error.ts';
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
    <Modal
      visible
      header={`Default license of ${account.name}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={save} loading={updateAccount.isPending}>
              Save
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Default license" description="Given to users who join the account from now on; existing users keep theirs.">
          <Select
            selectedOption={license === undefined ? null : { value: license, label: license }}
            options={options}
            onChange={({ detail }) => setLicense(account.supportedLicenses.find((value) => value === detail.selectedOption.value))}
            placeholder="Choose a license"
          />
        </FormField>
        {updateAccount.isError && (
          <Alert type="error" header="Could not change the default license">
            {explain(updateAccount.error)}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
