import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { jobQueryKey } from './get-job.ts';
import { jobListsQueryKey } from './list-jobs.ts';

export const cancelJob = (jobId: string) => callApi('cancelJob', { params: { jobId } });

/** Items not yet sent end cancelled; the answer is the job as it now stands. */
export function useCancelJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelJob(jobId),
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryKey(jobId), job);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobQueryKey(jobId) }),
        queryClient.invalidateQueries({ queryKey: jobListsQueryKey }),
      ]);
    },
  });
}
