import type { Job } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { jobQueryKey } from './get-job.ts';
import { jobListsQueryKey } from './list-jobs.ts';

/**
 * An action on one job (cancel, retry) answers with the job as it now stands: the detail shows that
 * at once, and the job's items and every jobs list are read again.
 */
export function useJobAction(jobId: string, act: (jobId: string) => Promise<Job>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => act(jobId),
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryKey(jobId), job);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobQueryKey(jobId) }),
        queryClient.invalidateQueries({ queryKey: jobListsQueryKey }),
      ]);
    },
  });
}
