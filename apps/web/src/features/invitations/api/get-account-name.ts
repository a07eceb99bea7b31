import { useQuery } from '@tanstack/react-query';
import { getAccountQueryOptions } from '@/lib/account-query.ts';

/** The overview knows accounts by ID only; their names come from the one account query, read once per row shown. */
export const useAccountName = (accountId: string) =>
  useQuery({ ...getAccountQueryOptions(accountId), select: (account) => account.name, staleTime: 5 * 60_000 });
