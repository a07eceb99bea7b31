import type { CreateJobBody, Job } from '@chime-console/contracts';
import type { ComponentType } from 'react';

/** What this feature shows of a job: its live progress and each target's result (features/jobs' JobPanel). */
export interface JobPanelProps {
  jobId: string;
  /** What the job was started on, for its notification. */
  subject: string;
  /** How a target reads: a user ID as its email. */
  targetLabel?: (target: string) => string;
  /** The results table's name: "Invitation results". */
  resultsHeader?: string;
  /** The job stopped: the users it touched must be read again. */
  onFinished?: () => void;
}

/**
 * Server-side bulk jobs, handed in by the page: they belong to features/jobs, which this feature
 * does not import (features compose in app/routes).
 */
export interface BulkJobs {
  start: (accountId: string, body: CreateJobBody) => Promise<Job>;
  Panel: ComponentType<JobPanelProps>;
}

/** More users than one Chime batch call takes run as a server-side job; fewer stay direct calls. */
export const DIRECT_LIMIT = 50;
