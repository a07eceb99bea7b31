import type { Account, User } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useSuspendUser } from '../api/batch-suspend.ts';
import { useUnsuspendUser } from '../api/batch-unsuspend.ts';
import { ConfirmModal } from '@/components/confirm-modal.tsx';

interface SuspendDialogProps {
  account: Account;
  user: User;
  mode: 'suspend' | 'unsuspend';
  onClose: () => void;
}

export function SuspendDialog({ account, user, mode, onClose }: SuspendDialogProps) {
  const suspend = useSuspendUser(account.id, user.id);
  const unsuspend = useUnsuspendUser(account.id, user.id);
  const mutation = mode === 'suspend' ? suspend : unsuspend;
  const { notify } = useNotifications();
  const navigate = useNavigate();
  const who = user.email ?? user.id;
  // Chime removes a suspended Team user from the account: their page would be gone.
  const removes = mode === 'suspend' && account.type === 'Team';
  return (
    <ConfirmModal
      header={mode === 'suspend' ? `Suspend ${who}?` : `Unsuspend ${who}?`}
      confirmLabel={mode === 'suspend' ? 'Suspend' : 'Unsuspend'}
      pending={mutation.isPending}
      error={mutation.error}
      onCancel={onClose}
      onConfirm={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            notify({
              id: `suspend-${user.id}`,
              type: 'success',
              header: mode === 'suspend' ? `${who} is suspended${removes ? ' and removed from the account' : ''}` : `${who} is unsuspended`,
            });
            onClose();
            if (removes) void navigate(paths.account.to(account.id, 'users'));
          },
        })
      }
    >
      {removes ? (
        <Alert type="warning">In a Team account, Chime removes a suspended user from the account.</Alert>
      ) : (
        <Box>{mode === 'suspend' ? `${who} can no longer sign in until unsuspended.` : `${who} can sign in again.`}</Box>
      )}
    </ConfirmModal>
  );
}
