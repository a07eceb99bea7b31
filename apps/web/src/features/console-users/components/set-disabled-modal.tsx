import type { ConsoleUser } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
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
    <Modal
      visible
      onDismiss={onClose}
      header={`${verb} ${user.username}?`}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={update.isPending}
              onClick={() => update.mutate({ id: user.id, changes: { disabled: disable } }, { onSuccess: onChanged })}
            >
              {verb} {user.username}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          {disable
            ? `${user.username} will be signed out everywhere at once and can no longer sign in. Their audit entries stay. You can enable them again later.`
            : `${user.username} will be able to sign in again with their current password, as ${user.role}.`}
        </Box>
        {update.isError && <QueryErrorAlert header={`${user.username} was not ${disable ? 'disabled' : 'enabled'}`} error={update.error} />}
      </SpaceBetween>
    </Modal>
  );
}
