import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Every directory query key starts here. */
export const directoryQueryKey = ['directory'] as const;

/** The top bar's dropdown shows a handful; the search page a table's worth (the contract's maximum). */
export const DROPDOWN_HITS = 8;
export const PAGE_HITS = 50;

/**
 * Users and accounts across every account, from the console's index (no Chime call). Kept for a
 * minute: the same letters typed again answer at once, and the index is no fresher than its sweep.
 */
export const searchDirectoryQueryOptions = (q: string, limit: number) =>
  queryOptions({
    queryKey: [...directoryQueryKey, 'search', { q, limit }],
    queryFn: ({ signal }) => callApi('searchDirectory', { query: { q, limit } }, signal),
    staleTime: 60_000,
  });

/** Searches once there is something to search; the previous answer stays shown while the next one loads. */
export const useDirectorySearch = (q: string, limit: number) =>
  useQuery({ ...searchDirectoryQueryOptions(q, limit), enabled: q !== '', placeholderData: keepPreviousData });
