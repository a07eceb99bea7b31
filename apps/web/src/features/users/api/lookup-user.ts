import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

/** Helpdesk's first step: which account holds this email, and the user in it. */
export const lookupUserQueryOptions = (email: string) =>
  queryOptions({
    queryKey: [...usersQueryKey, 'lookup', email],
    queryFn: ({ signal }) => callApi('lookupUser', { query: { email } }, signal),
    // A user created a moment ago must be found on the next try.
    staleTime: 0,
  });

export const useLookupUser = (email: string | undefined) =>
  useQuery({ ...lookupUserQueryOptions(email ?? ''), enabled: email !== undefined });
