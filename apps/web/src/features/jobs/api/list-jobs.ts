import type { z } from 'zod';
import type { Job, listJobsQuerySchema } from '@chime-console/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Every jobs query key starts here: a job started, cancelled or retried invalidates them all. */
export const jobsQueryKey = ['jobs'] as const;
/** Every page of every jobs list, whatever its filters. */
export const jobListsQueryKey = [...jobsQueryKey, 'list'] as const;

export type ListJobsInput = Partial<z.input<typeof listJobsQuerySchema>>;

/** Still moving: running, or cancelled with a chunk in flight whose items settle when it comes back. */
export const isLive = (job: Job) => job.status === 'running' || job.counts.pending > 0;

/** Refreshed every few seconds while a job on the page runs, so its progress column moves. */
const LIVE_MS = 3_000;

export const listJobsQueryOptions = (query: ListJobsInput) =>
  queryOptions({
    queryKey: [...jobListsQueryKey, query],
    queryFn: ({ signal }) => callApi('listJobs', { query }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.items.some(isLive) === true ? LIVE_MS : false),
  });

export const useJobs = (query: ListJobsInput) => useQuery(listJobsQueryOptions(query));
