import type { User } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import { useResetPin } from '../api/reset-pin.ts';
import { useRevealPin } from '../api/reveal-pin.ts';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { groupPin } from './pin-groups.ts';

interface PinDialogProps {
  mode: 'reset' | 'reveal';
  user: User;
  onClose: () => void;
}

/**
 * Confirm, then show the PIN. The PIN exists only in the mutation while this dialog is mounted:
 * closing it resets the mutation, and nothing else in the app ever holds it. Seeing it again means
 * revealing it again, which the audit log records each time.
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
            ? 'Chime generates a new personal meeting PIN; the current one stops working. The new PIN is shown next, to read to the user.'
            : 'The current personal meeting PIN is shown next, to read to the user. Each reveal is recorded in the audit log.'}
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
        {groupPin(mutation.data.pin)}
      </Box>
      <CopyToClipboard
        variant="button"
        copyButtonText="Copy PIN"
        textToCopy={mutation.data.pin}
        copySuccessText="PIN copied"
        copyErrorText="PIN not copied"
      />
      <Alert type="info">
        The console does not keep this PIN. To see it again after closing this, use Reveal PIN in the user’s Actions (recorded in the audit
        log).
      </Alert>
    </ConfirmModal>
  );
}
