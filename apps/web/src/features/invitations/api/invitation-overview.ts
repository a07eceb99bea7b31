import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { invitationsQueryKey } from './list-invitations.ts';

/** While the index has not read every account yet, the counts grow as it does: read again this often. */
const FIRST_SWEEP_POLL_MS = 5_000;

/** Counts by status, age, sender and week for every account with invitations, from the directory index. */
export const invitationOverviewQueryOptions = () =>
  queryOptions({
    queryKey: [...invitationsQueryKey, 'overview'],
    queryFn: ({ signal }) => callApi('invitationOverview', {}, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data !== undefined && query.state.data.asOf === undefined ? FIRST_SWEEP_POLL_MS : false),
  });

export const useInvitationOverview = () => useQuery(invitationOverviewQueryOptions());
