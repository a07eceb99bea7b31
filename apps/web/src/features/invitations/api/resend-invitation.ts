import type { Invitation } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '@/features/auth/use-session.ts';
import { callApi, type ResponseOf } from '@/lib/api-client.ts';
import { ApiError } from '@/lib/api-error.ts';
import { applyResend } from './apply-resend.ts';
import { invitationOverviewQueryOptions } from './invitation-overview.ts';
import { accountInvitationsQueryKey } from './list-invitations.ts';

/** Sends a pending or failed invitation again (InviteUsers for that one email); the BFF refuses others with 409. */
export function useResendInvitation(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => callApi('resendInvitation', { params: { accountId, userId } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountInvitationsQueryKey(accountId) }),
        queryClient.invalidateQueries({ queryKey: invitationOverviewQueryOptions().queryKey }),
      ]),
  });
}

/** A record the index has not matched to a user knows only the email: Chime's exact-email filter finds the user it created. */
async function resendTo(accountId: string, { email, userId }: Invitation) {
  if (userId !== undefined) return callApi('resendInvitation', { params: { accountId, userId } });
  const { items } = await callApi('listUsers', { params: { accountId }, query: { email, pageSize: 1 } });
  const [user] = items;
  if (!user)
    throw new ApiError({
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: `${email} is not a user of this account any more (removed from it, or suspended in a Team account), so there is nothing to resend.`,
      code: 'not_found',
      retryable: false,
    });
  return callApi('resendInvitation', { params: { accountId, userId: user.id } });
}

/** Resend from an invitation record; the cached pages show it at once (see applyResend), the overview is read again. */
export function useResendInvitationTo(accountId: string) {
  const queryClient = useQueryClient();
  const { username } = useSession();
  return useMutation({
    mutationFn: (invitation: Invitation) => resendTo(accountId, invitation),
    onSuccess: async (invite) => {
      queryClient.setQueriesData<ResponseOf<'listInvitations'>>(
        { queryKey: [...accountInvitationsQueryKey(accountId), 'list'] },
        (page) => page && applyResend(page, invite, username),
      );
      await queryClient.invalidateQueries({ queryKey: invitationOverviewQueryOptions().queryKey });
    },
  });
}
