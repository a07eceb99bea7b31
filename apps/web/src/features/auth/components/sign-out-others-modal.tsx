import Box from '@cloudscape-design/components/box';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { useNotifications } from '@/lib/notifications.tsx';
import { useSignOutOtherSessions } from '../api/sign-out-other-sessions.ts';

const endedMessage = (ended: number) =>
  ended === 0 ? 'You had no other sessions.' : `${ended} other ${ended === 1 ? 'session was' : 'sessions were'} signed out.`;

/** Asks before ending the person's sessions on other browsers and devices; this one stays signed in. */
export function SignOutOthersModal({ onClose }: { onClose: () => void }) {
  const signOutOthers = useSignOutOtherSessions();
  const { notify } = useNotifications();
  return (
    <ConfirmModal
      header="Sign out your other sessions?"
      confirmLabel="Sign out other sessions"
      pending={signOutOthers.isPending}
      error={signOutOthers.error}
      onCancel={onClose}
      onConfirm={() =>
        signOutOthers.mutate(undefined, {
          onSuccess: ({ ended }) => {
            notify({ id: 'sign-out-others', type: 'success', content: endedMessage(ended) });
            onClose();
          },
        })
      }
    >
      <Box variant="p">Every other browser or device signed in as you is signed out and must sign in again. This one stays signed in.</Box>
    </ConfirmModal>
  );
}
