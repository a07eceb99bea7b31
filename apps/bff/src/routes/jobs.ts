import { z } from 'zod';
import { notFound } from '../http/app-error.ts';
import { route } from '../http/endpoint-router.ts';
import { cancelJob, findJob, listJobItems, listJobs, retryFailedItems } from '../jobs/job-store.ts';
import type { Services } from '../services.ts';
import { createJob } from '../use-cases/create-job.ts';

const jobCursor = z.object({ createdAt: z.string(), id: z.string() });
const itemCursor = z.object({ seq: z.number().int() });

export const jobRoutes = (services: Services) => {
  const { db, cursors, jobRunner } = services;
  const existing = async (id: string) => {
    const job = await findJob(db, id);
    if (!job) throw notFound(`There is no job ${id}; it may belong to another console.`);
    return job;
  };
  return [
    route('createJob', async ({ params, body, session, res }) => {
      const job = await createJob(services, params.accountId, body, session.username);
      res.location(`/api/jobs/${job.id}`);
      return job;
    }),
    route('listJobs', async ({ query }) => {
      const { cursor, pageSize, ...filters } = query;
      const after = cursor === undefined ? undefined : cursors.decode(cursor, filters, jobCursor);
      const items = await listJobs(db, { ...filters, after, limit: pageSize + 1 });
      const page = items.slice(0, pageSize);
      const last = page.at(-1);
      return {
        items: page,
        ...(items.length > pageSize && last && { nextCursor: cursors.encode({ createdAt: last.createdAt, id: last.id }, filters) }),
      };
    }),
    route('getJob', ({ params }) => existing(params.jobId)),
    route('listJobItems', async ({ params, query }) => {
      await existing(params.jobId);
      const { cursor, pageSize, status } = query;
      const filters = { jobId: params.jobId, status };
      const after = cursor === undefined ? undefined : cursors.decode(cursor, filters, itemCursor);
      const items = await listJobItems(db, params.jobId, { status, afterSeq: after?.seq, limit: pageSize + 1 });
      const page = items.slice(0, pageSize);
      const last = page.at(-1);
      return { items: page, ...(items.length > pageSize && last && { nextCursor: cursors.encode({ seq: last.seq }, filters) }) };
    }),
    route('cancelJob', async ({ params }) => {
      await existing(params.jobId);
      await db.transaction((tx) => cancelJob(tx, params.jobId));
      return existing(params.jobId);
    }),
    route('retryJob', async ({ params }) => {
      const job = await existing(params.jobId);
      await db.transaction((tx) => retryFailedItems(tx, job.id, job.kind));
      jobRunner.wake();
      return existing(params.jobId);
    }),
  ];
};
