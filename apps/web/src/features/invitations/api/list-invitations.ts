import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, type CallInput } from '@/lib/api-client.ts';

/** Every invitations query key starts here. */
export const invitationsQueryKey = ['invitations'] as const;

export const accountInvitationsQueryKey = (accountId: string) => [...invitationsQueryKey, 'account', accountId] as const;

/** Filters, page size and cursor; `refresh` is left to useRefreshInvitationStatuses, so it never sits in a key. */
export type ListInvitationsInput = Omit<NonNullable<CallInput<'listInvitations'>['query']>, 'refresh'>;

/**
 * The console's own records of the invitations it sent (Chime lists none). The BFF reads the
 * statuses back from Chime when they are a minute old, so a remount refetches.
 */
export const listInvitationsQueryOptions = (accountId: string, query: ListInvitationsInput) =>
  queryOptions({
    queryKey: [...accountInvitationsQueryKey(accountId), 'list', query],
    queryFn: ({ signal }) => callApi('listInvitations', { params: { accountId }, query }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const useInvitations = (accountId: string, query: ListInvitationsInput) => useQuery(listInvitationsQueryOptions(accountId, query));
