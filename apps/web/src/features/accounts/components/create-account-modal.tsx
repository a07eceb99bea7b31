import { useNavigate } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useCreateAccount } from '../api/create-account.ts';
import { AccountNameModal } from './account-name-modal.tsx';

/** Chime creates Team accounts only through its API; the Enterprise kinds come from the AWS console. */
export function CreateAccountModal({ onDismiss }: { onDismiss: () => void }) {
  const createAccount = useCreateAccount();
  const { notify } = useNotifications();
  const navigate = useNavigate();
  return (
    <AccountNameModal
      header="Create account"
      intro="A Team account: people join it by invitation. Enterprise accounts are created in the AWS console."
      label="Account name"
      submitText="Create account"
      pending={createAccount.isPending}
      error={createAccount.error}
      errorHeader="Could not create the account"
      onDismiss={onDismiss}
      onSubmit={(name) => {
        createAccount.mutate(name, {
          onSuccess: (account) => {
            notify({ id: `create-account-${account.id}`, type: 'success', header: `Account ${account.name} created` });
            void navigate(paths.account.to(account.id));
          },
        });
      }}
    />
  );
}
