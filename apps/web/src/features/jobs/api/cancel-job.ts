import { callApi } from '@/lib/api-client.ts';
import { useJobAction } from './job-action.ts';

export const cancelJob = (jobId: string) => callApi('cancelJob', { params: { jobId } });

/** Items not yet sent end cancelled; the answer is the job as it now stands. */
export const useCancelJob = (jobId: string) => useJobAction(jobId, cancelJob);
