import type { User } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import { useNotifications } from '@/lib/notifications.tsx';
import { useLogoutUser } from '../api/logout-user.ts';
import { ConfirmModal } from '@/components/confirm-modal.tsx';

export function SignOutDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const logout = useLogoutUser(user.accountId, user.id);
  const { notify } = useNotifications();
  const who = user.email ?? user.id;
  return (
    <ConfirmModal
      header={`Sign ${who} out everywhere?`}
      confirmLabel="Sign out everywhere"
      pending={logout.isPending}
      error={logout.error}
      onCancel={onClose}
      onConfirm={() =>
        logout.mutate(undefined, {
          onSuccess: () => {
            notify({ id: `sign-out-${user.id}`, type: 'success', header: `${who} is signed out of every device` });
            onClose();
          },
        })
      }
    >
      <Box>Chime ends every session of {who}, on every device; they must sign in again.</Box>
    </ConfirmModal>
  );
}
