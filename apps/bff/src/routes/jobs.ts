import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { createJob } from '../use-cases/create-job.ts';
import { cancelJob, existingJob, retryJob } from '../use-cases/job-control.ts';
import { listJobItems, listJobs } from '../use-cases/list-jobs.ts';

export const jobRoutes = ({ db, cursors, jobRunner }: Services) => [
  route('createJob', ({ params, body, session, chime }) => createJob({ chime, db, jobRunner }, params.accountId, body, session.username), {
    location: (job) => `/api/jobs/${job.id}`,
  }),
  route('listJobs', ({ query }) => listJobs({ db, cursors }, query)),
  route('getJob', ({ params }) => existingJob(db, params.jobId)),
  route('listJobItems', ({ params, query }) => listJobItems({ db, cursors }, params.jobId, query)),
  route('cancelJob', ({ params }) => cancelJob(db, params.jobId)),
  route('retryJob', ({ params }) => retryJob({ db, jobRunner }, params.jobId)),
];
