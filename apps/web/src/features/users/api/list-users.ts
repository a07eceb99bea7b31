import type { ListUsersQuery } from '@chime-console/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Every users query key starts here. */
export const usersQueryKey = ['users'] as const;

/** Everything cached about one account's users: what a change to any of them invalidates. */
export const accountUsersQueryKey = (accountId: string) => [...usersQueryKey, accountId] as const;

export type ListUsersInput = Partial<ListUsersQuery>;

export const listUsersQueryOptions = (accountId: string, query: ListUsersInput) =>
  queryOptions({
    queryKey: [...accountUsersQueryKey(accountId), 'list', query],
    queryFn: ({ signal }) => callApi('listUsers', { params: { accountId }, query }, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useUsers = (accountId: string, query: ListUsersInput) => useQuery(listUsersQueryOptions(accountId, query));
