import { AppError } from '../http/app-error.ts';
import { route } from '../http/endpoint-router.ts';
import { recordInvitations } from '../invitations/invitation-store.ts';
import type { Services } from '../services.ts';

/** Helpdesk's actions on one user. The two PIN answers are the only API responses that carry a PIN. */
export const userActionRoutes = ({ gateway, db }: Services) => [
  route('resetPin', async (context) => {
    const { params } = context;
    const { pin, requestId } = await gateway.resetPersonalPin(params.accountId, params.userId);
    context.upstreamRequestId = requestId;
    return { userId: params.userId, pin };
  }),
  route('revealPin', async (context) => {
    const { params } = context;
    const { pin, requestId } = await gateway.getPersonalPin(params.accountId, params.userId);
    context.upstreamRequestId = requestId;
    return { userId: params.userId, pin };
  }),
  route('logoutUser', async (context) => {
    context.upstreamRequestId = (await gateway.logoutUser(context.params.accountId, context.params.userId)).requestId;
  }),
  route('resendInvitation', async (context) => {
    const { accountId, userId } = context.params;
    const { user } = await gateway.getUser(accountId, userId);
    if (user.email === undefined || (user.invitationStatus !== 'Pending' && user.invitationStatus !== 'Failed')) {
      throw new AppError({
        code: 'not_invited',
        status: 409,
        title: 'Nothing to resend',
        detail: `${user.email ?? userId} has no pending or failed invitation (status: ${user.invitationStatus ?? 'none'}).`,
      });
    }
    const { invites, requestId } = await gateway.inviteUsers(accountId, [user.email], user.userType);
    context.upstreamRequestId = requestId;
    await recordInvitations(db, { accountId, sentBy: context.session.username }, invites);
    const [invite] = invites;
    if (!invite)
      throw new AppError({
        code: 'upstream_error',
        status: 502,
        title: 'Upstream error',
        detail: 'Chime answered the invitation without a result; try again.',
        retryable: true,
      });
    return invite;
  }),
];
