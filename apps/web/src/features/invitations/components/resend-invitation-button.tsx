import type { User } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import { useMay } from '@/features/auth/use-session.ts';
import { adviceFor, messageOf } from '@/lib/api-error.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useResendInvitation } from '../api/resend-invitation.ts';

/** Resending as an action a page places (a button, a menu item): its label, whether it runs, and how to run it. */
export interface ResendInvitationAction {
  text: string;
  pending: boolean;
  run: () => void;
}

/**
 * Only pending and failed invitations can be sent again, by helpdesk and admins: for anyone else,
 * or any other invitation, there is no action. The result shows in the notifications.
 */
export function useResendInvitationAction(user: User, onResent?: () => void): ResendInvitationAction | undefined {
  const may = useMay('support');
  const resend = useResendInvitation(user.accountId);
  const { notify } = useNotifications();
  if (!may || (user.invitationStatus !== 'Pending' && user.invitationStatus !== 'Failed')) return undefined;
  const who = user.email ?? user.id;
  const id = `resend-${user.id}`;
  const run = () =>
    resend.mutate(user.id, {
      onSuccess: (invite) => {
        notify({
          id,
          type: 'success',
          header: `Invitation sent again to ${who}`,
          content: `InviteId ${invite.inviteId ?? '-'}, Status ${invite.status ?? '-'}, EmailStatus ${invite.emailStatus ?? '-'}.`,
        });
        onResent?.();
      },
      onError: (error) =>
        notify({
          id,
          type: 'error',
          header: `Could not resend the invitation to ${who}`,
          content: `${messageOf(error)} ${adviceFor(error)}`,
          onRetry: run,
        }),
    });
  return { text: 'Resend invitation', pending: resend.isPending, run };
}

interface ResendInvitationButtonProps {
  user: User;
  variant?: 'normal' | 'inline-link';
  /** Called after Chime accepted the new invitation, e.g. to refresh the user shown. */
  onResent?: () => void;
}

export function ResendInvitationButton({ user, variant = 'normal', onResent }: ResendInvitationButtonProps) {
  const action = useResendInvitationAction(user, onResent);
  if (!action) return null;
  const who = user.email ?? user.id;
  return (
    <Button
      variant={variant}
      loading={action.pending}
      onClick={action.run}
      ariaLabel={variant === 'inline-link' ? `Resend invitation to ${who}` : undefined}
    >
      {variant === 'inline-link' ? 'Resend' : action.text}
    </Button>
  );
}
