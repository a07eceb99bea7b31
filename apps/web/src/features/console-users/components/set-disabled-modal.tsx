import type { ConsoleUser } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { useUpdateConsoleUser } from '../api/update-console-user.ts';

interface SetDisabledModalProps {
  user: ConsoleUser;
  onClose: () => void;
  onChanged: (user: ConsoleUser) => void;
}

/** Disabling (or enabling again) asks first, naming the person and what it does. */
export function SetDisabledModal({ user, onClose, onChanged }: SetDisabledModalProps) {
  const update = useUpdateConsoleUser();
  const disable = !user.disabled;
  const verb = disable ? 'Disable' : 'Enable';
  return (
    <ConfirmModal
      header={`${verb} ${user.username}?`}
      confirmLabel={`${verb} ${user.username}`}
      pending={update.isPending}
      error={update.error}
      errorHeader={`${user.username} was not ${disable ? 'disabled' : 'enabled'}`}
      onConfirm={() => update.mutate({ id: user.id, changes: { disabled: disable } }, { onSuccess: onChanged })}
      onCancel={onClose}
    >
      <Box variant="p">
        {disable
          ? `${user.username} will be signed out everywhere at once and can no longer sign in. Their audit entries stay. You can enable them again later.`
          : `${user.username} will be able to sign in again with their current password, as ${user.role}.`}
      </Box>
    </ConfirmModal>
  );
}
