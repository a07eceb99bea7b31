import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Every console-users query key starts here, so any change can invalidate them all. */
export const consoleUsersQueryKey = ['console-users'] as const;

export const listConsoleUsersQueryOptions = () =>
  queryOptions({
    queryKey: [...consoleUsersQueryKey, 'list'],
    queryFn: ({ signal }) => callApi('listConsoleUsers', {}, signal),
  });

export const useConsoleUsers = () => useQuery(listConsoleUsersQueryOptions());
