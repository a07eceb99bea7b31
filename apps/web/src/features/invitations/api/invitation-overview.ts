import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { invitationsQueryKey } from './list-invitations.ts';

/** Counts by status and age for every account the console sent invitations to. */
export const invitationOverviewQueryOptions = () =>
  queryOptions({
    queryKey: [...invitationsQueryKey, 'overview'],
    queryFn: ({ signal }) => callApi('invitationOverview', {}, signal),
    staleTime: 0,
  });

export const useInvitationOverview = () => useQuery(invitationOverviewQueryOptions());
