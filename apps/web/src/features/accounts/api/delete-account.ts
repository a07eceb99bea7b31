import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountQueryKey } from '@/lib/account-query.ts';
import { accountListsQueryKey } from './list-accounts.ts';

export const deleteAccount = (accountId: string) => callApi('deleteAccount', { params: { accountId } });

export function useDeleteAccount(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteAccount(accountId),
    onSuccess: async () => {
      // Marked stale but not refetched: the page still showing it is about to leave, and a refetch would only 404.
      await queryClient.invalidateQueries({ queryKey: accountQueryKey(accountId), refetchType: 'none' });
      // Dropped rather than refetched, so the list never flashes the deleted account on the way back.
      queryClient.removeQueries({ queryKey: accountListsQueryKey });
    },
  });
}
