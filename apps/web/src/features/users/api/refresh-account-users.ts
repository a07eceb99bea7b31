import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';

/**
 * "Refresh": the BFF reads the account's users from Chime now, for the index, rather than at the
 * next sweep; every cached list of the account is then read again from the fresher index.
 */
export function useRefreshAccountUsers(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('refreshAccount', { params: { accountId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) }),
  });
}
