import type { Account } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '@/components/form-modal.tsx';
import { paths } from '@/config/paths.ts';
import { adviceFor, ApiError, messageOf } from '@/lib/api-error.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useDeleteAccount } from '../api/delete-account.ts';

/**
 * Chime refuses (422) while any user is still active: the advice says how to get there. An
 * Enterprise account's claimed domains must be released first, which suspends its users; an OIDC
 * account's users cannot be suspended from the console at all.
 */
function deleteAdvice(error: unknown, type: Account['type']): string {
  if (!(error instanceof ApiError && error.status === 422)) return adviceFor(error);
  if (type === 'EnterpriseOIDC') return 'Release its claimed domains in Amazon Chime, which suspends every user, then delete the account.';
  if (type === 'EnterpriseLWA' || type === 'EnterpriseDirectory') {
    return 'Release its claimed domains in Amazon Chime, or suspend every user in the Users tab, then delete the account.';
  }
  return 'Suspend them in the Users tab, then delete the account.';
}

export function DeleteAccountModal({ account, onDismiss }: { account: Account; onDismiss: () => void }) {
  const [typed, setTyped] = useState('');
  const deleteAccount = useDeleteAccount(account.id);
  const { notify } = useNotifications();
  const navigate = useNavigate();
  const confirmed = typed === account.name;

  const remove = () => {
    deleteAccount.mutate(undefined, {
      onSuccess: () => {
        notify({ id: `delete-account-${account.id}`, type: 'success', header: `Account ${account.name} deleted` });
        void navigate(paths.accounts.to(), { replace: true });
      },
    });
  };

  return (
    <FormModal
      header={`Delete ${account.name}?`}
      submitLabel="Delete"
      pending={deleteAccount.isPending}
      submitDisabled={!confirmed}
      onSubmit={remove}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Deleting <b>{account.name}</b> ({account.id}) removes it from Amazon Chime for good. Chime only allows it once every user of the
        account is suspended or removed.
      </Box>
      <FormField label={`To confirm, type the account name: ${account.name}`}>
        <Input value={typed} onChange={({ detail }) => setTyped(detail.value)} ariaLabel="Account name to confirm" autoFocus />
      </FormField>
      {deleteAccount.isError && (
        <Alert type="error" header={`Could not delete ${account.name}`}>
          {messageOf(deleteAccount.error)} {deleteAdvice(deleteAccount.error, account.type)}
        </Alert>
      )}
    </FormModal>
  );
}
