import type { CreateJobBody, Job } from '@chime-console/contracts';
import type { ComponentType } from 'react';
import type { JobPanelProps } from '@/lib/job-panel-props.ts';

/**
 * Server-side bulk jobs, handed in by the page: they belong to features/jobs, which this feature
 * does not import (features compose in app/routes).
 */
export interface BulkJobs {
  /** `subject` names what the job works on in its notifications: the account's name. */
  start: (accountId: string, body: CreateJobBody, subject: string) => Promise<Job>;
  Panel: ComponentType<JobPanelProps>;
}

/** More users than one Chime batch call takes run as a server-side job; fewer stay direct calls. */
export const DIRECT_LIMIT = 50;
