import type { Job } from '@chime-console/contracts';
import type { Database } from '../db/index.ts';
import { notFound } from '../http/app-error.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { cancelJob as cancelInStore, findJob, retryFailedItems } from '../jobs/job-store.ts';

export async function existingJob(db: Database, id: string): Promise<Job> {
  const job = await findJob(db, id);
  if (!job) throw notFound(`There is no job ${id}; it may belong to another console.`);
  return job;
}

/** Stops what has not been sent; answers the job as it now stands. */
export async function cancelJob(db: Database, id: string): Promise<Job> {
  await existingJob(db, id);
  await db.transaction((tx) => cancelInStore(tx, id));
  return existingJob(db, id);
}

/** Queues the failed items again (those that may be retried) and wakes this replica's worker. */
export async function retryJob({ db, jobRunner }: { db: Database; jobRunner: JobRunner }, id: string): Promise<Job> {
  const job = await existingJob(db, id);
  await db.transaction((tx) => retryFailedItems(tx, job.id, job.kind));
  jobRunner.wake();
  return existingJob(db, id);
}
