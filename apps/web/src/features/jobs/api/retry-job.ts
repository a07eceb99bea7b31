import { callApi } from '@/lib/api-client.ts';
import { useJobAction } from './job-action.ts';

export const retryJob = (jobId: string) => callApi('retryJob', { params: { jobId } });

/** Failed and cancelled items go again; the job runs again, so its queries turn live. */
export const useRetryJob = (jobId: string) => useJobAction(jobId, retryJob);
