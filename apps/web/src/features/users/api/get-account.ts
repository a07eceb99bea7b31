import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';

/** The user page needs its account's name (breadcrumbs), type (what Chime allows) and supported licenses. */
export const accountQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: [...accountUsersQueryKey(accountId), 'account'],
    queryFn: ({ signal }) => callApi('getAccount', { params: { accountId } }, signal),
  });

export const useAccount = (accountId: string) => useQuery(accountQueryOptions(accountId));
