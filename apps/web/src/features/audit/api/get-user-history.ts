import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { auditQueryKey } from './list-audit.ts';

/** Under the audit key: every change anyone makes leaves an entry, and mutations refresh that key (app/query-client). */
export const userHistoryQueryOptions = (accountId: string, userId: string) =>
  queryOptions({
    queryKey: [...auditQueryKey, 'user-history', accountId, userId],
    queryFn: ({ signal }) => callApi('userHistory', { params: { accountId, userId } }, signal),
    staleTime: 0,
  });

/** Asked only for roles that may read it: a refused read would itself be an audit entry on every visit. */
export const useUserHistory = (accountId: string, userId: string, { enabled }: { enabled: boolean }) =>
  useQuery({ ...userHistoryQueryOptions(accountId, userId), enabled });
