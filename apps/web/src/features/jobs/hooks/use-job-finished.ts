import type { Job } from '@chime-console/contracts';
import { useEffect, useRef } from 'react';

/**
 * Calls `onFinished` once when a job seen running stops (done or cancelled), and again after a
 * retry runs it anew: what changed must be read again, and the person told.
 */
export function useJobFinished(job: Job | undefined, onFinished: (job: Job) => void): void {
  const seen = useRef(job?.status);
  const callback = useRef(onFinished);
  useEffect(() => {
    callback.current = onFinished;
  });
  useEffect(() => {
    if (job === undefined) return;
    if (seen.current === 'running' && job.status !== 'running') callback.current(job);
    seen.current = job.status;
  }, [job]);
}
