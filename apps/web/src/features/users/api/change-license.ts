import type { License } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { userQueryOptions } from './get-user.ts';
import { accountUsersQueryKey } from './list-users.ts';

/** One user's license (UpdateUser); the bulk change goes through batch-change-license.ts. */
export function useChangeLicense(accountId: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (licenseType: License) => callApi('updateUser', { params: { accountId, userId }, body: { licenseType } }),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryOptions(accountId, userId).queryKey, user);
      return queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) });
    },
  });
}
