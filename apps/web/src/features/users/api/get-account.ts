import { useQuery } from '@tanstack/react-query';
import { getAccountQueryOptions } from '@/lib/account-query.ts';

/** The user page needs its account's name (breadcrumbs), type (what Chime allows) and supported licenses: the account page's own query. */
export const useAccount = (accountId: string) => useQuery(getAccountQueryOptions(accountId));
