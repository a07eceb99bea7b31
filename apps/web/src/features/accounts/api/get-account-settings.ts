import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountQueryKey } from '@/lib/account-query.ts';

export const accountSettingsQueryKey = (accountId: string) => [...accountQueryKey(accountId), 'settings'] as const;

/**
 * Policies someone may have changed elsewhere (the AWS console, another admin) a minute ago: read
 * fresh every time the settings tab or a change confirmation opens, never from cache alone.
 */
export const getAccountSettingsQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: accountSettingsQueryKey(accountId),
    queryFn: ({ signal }) => callApi('getAccountSettings', { params: { accountId } }, signal),
    staleTime: 0,
    refetchOnMount: 'always',
  });

export const useAccountSettings = (accountId: string) => useQuery(getAccountSettingsQueryOptions(accountId));
