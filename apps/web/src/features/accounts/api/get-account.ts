import { useQuery } from '@tanstack/react-query';
import { getAccountQueryOptions } from '@/lib/account-query.ts';

export const useAccount = (accountId: string) => useQuery(getAccountQueryOptions(accountId));
