import { queryOptions } from '@tanstack/react-query';
import { callApi } from './api-client.ts';

/**
 * Every accounts query key starts here, so a change to any account can invalidate them all. One
 * account is read by several features (its page, a user's breadcrumbs, the invitations overview's
 * names): they share the one query below, so a rename reaches all of them.
 */
export const accountsQueryKey = ['accounts'] as const;

/** One account and everything read about it (its settings too). */
export const accountQueryKey = (accountId: string) => [...accountsQueryKey, 'detail', accountId] as const;

export const getAccountQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: accountQueryKey(accountId),
    queryFn: ({ signal }) => callApi('getAccount', { params: { accountId } }, signal),
  });
