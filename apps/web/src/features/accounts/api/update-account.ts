import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf } from '@/lib/api-client.ts';
import { accountQueryKey } from '@/lib/account-query.ts';
import { accountListsQueryKey } from './list-accounts.ts';

export type UpdateAccountInput = BodyOf<'updateAccount'>;

export const updateAccount = (accountId: string, body: UpdateAccountInput) => callApi('updateAccount', { params: { accountId }, body });

/** Rename or change the default license; the answer is the account as Chime now holds it. */
export function useUpdateAccount(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAccountInput) => updateAccount(accountId, body),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueryKey(accountId), account);
      await queryClient.invalidateQueries({ queryKey: accountListsQueryKey });
    },
  });
}
