import type { User } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { useResetPin } from '../api/reset-pin.ts';
import { useRevealPin } from '../api/reveal-pin.ts';
import { ConfirmModal } from '@/components/confirm-modal.tsx';

interface PinDialogProps {
  mode: 'reset' | 'reveal';
  user: User;
  onClose: () => void;
}

/**
 * Confirm, then show the PIN once. The PIN exists only in the mutation while this dialog is
 * mounted: closing it resets the mutation, and nothing else in the app ever holds it.
 */
export function PinDialog({ mode, user, onClose }: PinDialogProps) {
  const reset = useResetPin(user.accountId, user.id);
  const reveal = useRevealPin(user.accountId, user.id);
  const mutation = mode === 'reset' ? reset : reveal;
  const who = user.email ?? user.id;
  const close = () => {
    mutation.reset();
    onClose();
  };
  if (!mutation.data) {
    return (
      <ConfirmModal
        header={mode === 'reset' ? `Reset the PIN of ${who}?` : `Reveal the PIN of ${who}?`}
        confirmLabel={mode === 'reset' ? 'Reset PIN' : 'Reveal PIN'}
        pending={mutation.isPending}
        error={mutation.error}
        onConfirm={() => mutation.mutate()}
        onCancel={close}
      >
        <Box>
          {mode === 'reset'
            ? 'Chime generates a new personal meeting PIN; the current one stops working. You will see the new PIN once, to read it to the user.'
            : 'The current personal meeting PIN is shown once. Revealing it is recorded in the audit log.'}
        </Box>
      </ConfirmModal>
    );
  }
  return (
    <ConfirmModal
      header={mode === 'reset' ? `New PIN of ${who}` : `PIN of ${who}`}
      confirmLabel="Done"
      onConfirm={close}
      onCancel={close}
      cancelable={false}
    >
      <Box variant="h2" tagOverride="p" fontSize="display-l" fontWeight="bold">
        {mutation.data.pin}
      </Box>
      <CopyToClipboard
        variant="button"
        copyButtonText="Copy PIN"
        textToCopy={mutation.data.pin}
        copySuccessText="PIN copied"
        copyErrorText="PIN not copied"
      />
      <Alert type="info">
        This PIN is shown only now. It is not stored in the console; after you close this, it cannot be shown again.
      </Alert>
    </ConfirmModal>
  );
}
