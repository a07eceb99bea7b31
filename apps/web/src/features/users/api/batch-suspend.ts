import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';
import { oneResult } from './one-result.ts';

/** Up to BATCH_USER_LIMIT (50) users per call; a result per user. */
export const batchSuspend = (accountId: string, userIds: string[]) => callApi('batchSuspend', { params: { accountId }, body: { userIds } });

/** Chime has no single-user suspend: the user page sends a batch of one. */
export function useSuspendUser(accountId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => oneResult(await batchSuspend(accountId, [userId])),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) }),
  });
}
