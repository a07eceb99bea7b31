import { route } from '../http/endpoint-router.ts';
import { recordInvitations } from '../invitations/invitation-store.ts';
import type { Services } from '../services.ts';

/** One Chime call each, within its per-call limit; every requested user gets one result. */
export const batchRoutes = ({ gateway, db }: Services) => [
  route('batchChangeLicense', async (context) => {
    const { params, body } = context;
    const { results, requestId } = await gateway.batchUpdateLicense(params.accountId, body.userIds, body.licenseType);
    context.upstreamRequestId = requestId;
    return { results };
  }),
  route('batchSuspend', async (context) => {
    const { results, requestId } = await gateway.batchSuspend(context.params.accountId, context.body.userIds);
    context.upstreamRequestId = requestId;
    return { results };
  }),
  route('batchUnsuspend', async (context) => {
    const { results, requestId } = await gateway.batchUnsuspend(context.params.accountId, context.body.userIds);
    context.upstreamRequestId = requestId;
    return { results };
  }),
  route('inviteUsers', async (context) => {
    const { params, body } = context;
    const { invites, requestId } = await gateway.inviteUsers(params.accountId, body.emails, body.userType);
    context.upstreamRequestId = requestId;
    await recordInvitations(db, { accountId: params.accountId, sentBy: context.session.username }, invites);
    return { invites };
  }),
];
