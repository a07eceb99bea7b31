import type { ListAccountsQuery } from '@chime-console/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { accountsQueryKey } from '@/lib/account-query.ts';
import { callApi } from '@/lib/api-client.ts';

/** Every page of every accounts list, whatever its filters. */
export const accountListsQueryKey = [...accountsQueryKey, 'list'] as const;

type ListAccountsInput = Partial<ListAccountsQuery>;

export const listAccountsQueryOptions = (query: ListAccountsInput) =>
  queryOptions({
    queryKey: [...accountListsQueryKey, query],
    queryFn: ({ signal }) => callApi('listAccounts', { query }, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useAccounts = (query: ListAccountsInput) => useQuery(listAccountsQueryOptions(query));
