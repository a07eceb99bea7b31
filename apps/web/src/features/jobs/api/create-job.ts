import type { CreateJobBody, Job } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '@/lib/api-client.ts';
import { jobQueryKey } from './get-job.ts';
import { jobListsQueryKey } from './list-jobs.ts';

export const createJob = (accountId: string, body: CreateJobBody) => callApi('createJob', { params: { accountId }, body });

/**
 * Starts a job and seeds its detail query with the answer, so progress shows without a second
 * round trip. Answered as a plain function: other features get it handed in by the page.
 */
export function useStartJob(): (accountId: string, body: CreateJobBody) => Promise<Job> {
  const queryClient = useQueryClient();
  return useCallback(
    async (accountId, body) => {
      const job = await createJob(accountId, body);
      queryClient.setQueryData(jobQueryKey(job.id), job);
      await queryClient.invalidateQueries({ queryKey: jobListsQueryKey });
      return job;
    },
    [queryClient],
  );
}

export const useCreateJob = (accountId: string) => {
  const start = useStartJob();
  return useMutation({ mutationFn: (body: CreateJobBody) => start(accountId, body) });
};
