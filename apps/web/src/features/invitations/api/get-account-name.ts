import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { invitationsQueryKey } from './list-invitations.ts';

/** The overview knows accounts by ID only; their names are read one per row shown, and rarely change. */
export const accountNameQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: [...invitationsQueryKey, 'account-name', accountId],
    queryFn: async ({ signal }) => (await callApi('getAccount', { params: { accountId } }, signal)).name,
    staleTime: 5 * 60_000,
  });

export const useAccountName = (accountId: string) => useQuery(accountNameQueryOptions(accountId));
