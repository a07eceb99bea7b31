import type { Job } from '@chime-console/contracts';
import type { z } from 'zod';
import type { jobItemsQuerySchema } from '@chime-console/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { jobQueryKey } from './get-job.ts';

export type JobItemsInput = Partial<z.input<typeof jobItemsQuerySchema>>;

/** Changes whenever an item of the job lands: the items are read again then, and only then. */
const progressOf = ({ status, counts }: Job) => `${status}:${counts.ok}:${counts.failed}:${counts.cancelled}:${counts.pending}`;

/** A page of a job's items, following the job's (live) counts, so pending rows turn into results as they land. */
export const listJobItemsQueryOptions = (job: Job, query: JobItemsInput) =>
  queryOptions({
    queryKey: [...jobQueryKey(job.id), 'items', query, progressOf(job)],
    queryFn: ({ signal }) => callApi('listJobItems', { params: { jobId: job.id }, query }, signal),
    placeholderData: keepPreviousData,
  });

export const useJobItems = (job: Job, query: JobItemsInput) => useQuery(listJobItemsQueryOptions(job, query));
