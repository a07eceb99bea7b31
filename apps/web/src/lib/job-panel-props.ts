import type { Job } from '@chime-console/contracts';

/**
 * What a job started from a dialog shows: live progress and each target's result. Written once
 * here because two features meet on it: features/jobs renders it, features/users is handed it by
 * the page (features do not import each other).
 */
export interface JobPanelProps {
  jobId: string;
  /** How a target reads in the results: a user ID as its email where the caller knows it. */
  targetLabel?: (target: string) => string;
  /** The results table's name: "Invitation results". */
  resultsHeader?: string;
  /** The job stopped: what it changed must be read again. */
  onFinished?: (job: Job) => void;
}
