import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { invitationOverviewQueryOptions } from './invitation-overview.ts';
import { listInvitationsQueryOptions, type ListInvitationsInput } from './list-invitations.ts';

/**
 * "Refresh statuses": the page on screen read again with refresh=true, which makes the BFF read
 * Chime's users now rather than when its statuses are a minute old. The answer replaces the page
 * shown (the account's other pages are refetched whenever they are opened); the overview's counts
 * are stale from then on.
 */
export function useRefreshInvitationStatuses(accountId: string, query: ListInvitationsInput) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('listInvitations', { params: { accountId }, query: { ...query, refresh: 'true' } }),
    onSuccess: async (page) => {
      queryClient.setQueryData(listInvitationsQueryOptions(accountId, query).queryKey, page);
      await queryClient.invalidateQueries({ queryKey: invitationOverviewQueryOptions().queryKey });
    },
  });
}
