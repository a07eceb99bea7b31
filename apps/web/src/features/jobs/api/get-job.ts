import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { isLive, jobsQueryKey } from './list-jobs.ts';

/** One job and everything read about it (its items too), so a change to it invalidates both. */
export const jobQueryKey = (jobId: string) => [...jobsQueryKey, 'detail', jobId] as const;

/** The server works the job in the background: while it runs, its counts are read again every second. */
export const LIVE_JOB_MS = 1_000;

export const getJobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobQueryKey(jobId),
    queryFn: ({ signal }) => callApi('getJob', { params: { jobId } }, signal),
    refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? LIVE_JOB_MS : false),
    staleTime: 0,
  });

export const useJob = (jobId: string) => useQuery(getJobQueryOptions(jobId));
