import type { CreateJobBody, Job } from '@chime-console/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '@/lib/api-client.ts';
import { useTrackJob } from '../components/job-notifications.tsx';
import { jobQueryKey } from './get-job.ts';
import { jobListsQueryKey } from './list-jobs.ts';

export const createJob = (accountId: string, body: CreateJobBody) => callApi('createJob', { params: { accountId }, body });

/**
 * Starts a job and seeds its detail query with the answer, so progress shows without a second
 * round trip. Answered as a plain function: other features get it handed in by the page.
 */
export function useStartJob(): (accountId: string, body: CreateJobBody, subject: string) => Promise<Job> {
  const queryClient = useQueryClient();
  const track = useTrackJob();
  return useCallback(
    async (accountId, body, subject) => {
      const job = await createJob(accountId, body);
      queryClient.setQueryData(jobQueryKey(job.id), job);
      track(job.id, subject);
      await queryClient.invalidateQueries({ queryKey: jobListsQueryKey });
      return job;
    },
    [queryClient, track],
  );
}
