import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';

export const userQueryOptions = (accountId: string, userId: string) =>
  queryOptions({
    queryKey: [...accountUsersQueryKey(accountId), 'detail', userId],
    queryFn: ({ signal }) => callApi('getUser', { params: { accountId, userId } }, signal),
  });

export const useUser = (accountId: string, userId: string) => useQuery(userQueryOptions(accountId, userId));
