import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { jobQueryKey } from './get-job.ts';
import { jobListsQueryKey } from './list-jobs.ts';

export const retryJob = (jobId: string) => callApi('retryJob', { params: { jobId } });

/** Failed and cancelled items go again; the job runs again, so its queries turn live. */
export function useRetryJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => retryJob(jobId),
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryKey(jobId), job);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobQueryKey(jobId) }),
        queryClient.invalidateQueries({ queryKey: jobListsQueryKey }),
      ]);
    },
  });
}
