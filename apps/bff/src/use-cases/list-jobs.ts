import { z } from 'zod';
import type { JobItem, listJobsQuerySchema } from '@chime-console/contracts';
import type { Database } from '../db/index.ts';
import { listJobItems as readJobItems, listJobs as readJobs } from '../jobs/job-store.ts';
import type { CursorCodec } from '../pagination/cursor-codec.ts';
import { keysetPage } from '../pagination/keyset-page.ts';
import { existingJob } from './job-control.ts';

const jobPosition = z.object({ createdAt: z.string(), id: z.string() });
const itemPosition = z.object({ seq: z.number().int() });

interface Dependencies {
  db: Database;
  cursors: CursorCodec;
}

/** Jobs newest first, across accounts or of one, by status. */
export function listJobs({ db, cursors }: Dependencies, query: z.output<typeof listJobsQuerySchema>) {
  const { cursor, pageSize, ...filters } = query;
  return keysetPage(
    cursors,
    { cursor, pageSize, scope: filters },
    { position: jobPosition, read: (after, limit) => readJobs(db, { ...filters, after, limit }) },
  );
}

/** A job's items in the order they were given, by status. */
export async function listJobItems(
  { db, cursors }: Dependencies,
  jobId: string,
  query: { cursor?: string | undefined; pageSize: number; status?: JobItem['status'] | undefined },
) {
  await existingJob(db, jobId);
  const { cursor, pageSize, status } = query;
  return keysetPage(
    cursors,
    { cursor, pageSize, scope: { jobId, status } },
    { position: itemPosition, read: (after, limit) => readJobItems(db, jobId, { status, afterSeq: after?.seq, limit }) },
  );
}
