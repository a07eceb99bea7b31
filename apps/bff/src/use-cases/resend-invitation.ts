import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { inviteUsers } from './invite-users.ts';

/** Reads the user first: only a pending or failed invitation is sent again, to the email and user type Chime holds. */
export async function resendInvitation(
  { chime, db }: { chime: ChimeGateway; db: Database },
  { accountId, userId }: { accountId: string; userId: string },
  sentBy: string,
) {
  const user = await chime.getUser(accountId, userId);
  if (user.email === undefined || (user.invitationStatus !== 'Pending' && user.invitationStatus !== 'Failed')) {
    throw new AppError({
      code: 'not_invited',
      status: 409,
      title: 'Nothing to resend',
      detail: `${user.email ?? userId} has no pending or failed invitation (status: ${user.invitationStatus ?? 'none'}).`,
    });
  }
  const { invites } = await inviteUsers({ chime, db }, accountId, { emails: [user.email], userType: user.userType }, sentBy);
  const [invite] = invites;
  if (!invite) {
    throw new AppError({
      code: 'upstream_error',
      status: 502,
      title: 'Upstream error',
      detail: 'Chime answered the invitation without a result; try again.',
      retryable: true,
    });
  }
  return invite;
}
