import type { Account } from '@chime-console/contracts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useUpdateAccount } from '../api/update-account.ts';
import { AccountNameModal } from './account-name-modal.tsx';

export function RenameAccountModal({ account, onDismiss }: { account: Account; onDismiss: () => void }) {
  const updateAccount = useUpdateAccount(account.id);
  const { notify } = useNotifications();
  return (
    <AccountNameModal
      header={`Rename ${account.name}`}
      label="New name"
      submitText="Rename"
      initialName={account.name}
      pending={updateAccount.isPending}
      error={updateAccount.error}
      errorHeader="Could not rename the account"
      onDismiss={onDismiss}
      onSubmit={(name) => {
        if (name === account.name) {
          onDismiss();
          return;
        }
        updateAccount.mutate(
          { name },
          {
            onSuccess: (renamed) => {
              notify({ id: `rename-account-${account.id}`, type: 'success', header: `${account.name} renamed to ${renamed.name}` });
              onDismiss();
            },
          },
        );
      }}
    />
  );
}
