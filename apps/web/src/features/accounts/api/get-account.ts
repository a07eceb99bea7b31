import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountsQueryKey } from './list-accounts.ts';

/** One account and everything read about it (its settings too). */
export const accountQueryKey = (accountId: string) => [...accountsQueryKey, 'detail', accountId] as const;

export const getAccountQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: accountQueryKey(accountId),
    queryFn: ({ signal }) => callApi('getAccount', { params: { accountId } }, signal),
  });

export const useAccount = (accountId: string) => useQuery(getAccountQueryOptions(accountId));
