import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';
import { oneResult } from './one-result.ts';

/** Up to BATCH_USER_LIMIT (50) users per call; EnterpriseLWA accounts only. */
export const batchUnsuspend = (accountId: string, userIds: string[]) =>
  callApi('batchUnsuspend', { params: { accountId }, body: { userIds } });

export function useUnsuspendUser(accountId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => oneResult(await batchUnsuspend(accountId, [userId])),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) }),
  });
}
