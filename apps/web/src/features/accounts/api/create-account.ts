import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountQueryKey } from '@/lib/account-query.ts';
import { accountListsQueryKey } from './list-accounts.ts';

export const createAccount = (name: string) => callApi('createAccount', { body: { name } });

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueryKey(account.id), account);
      await queryClient.invalidateQueries({ queryKey: accountListsQueryKey });
    },
  });
}
