import { jobStatusSchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { pageSizeSchema } from '@/lib/page-sizes.ts';
import { useUrlState } from '@/lib/url-state.ts';
import type { ListJobsInput } from '../api/list-jobs.ts';

const jobsViewShape = {
  status: jobStatusSchema.optional(),
  accountId: z.string().trim().min(1).max(256).optional(),
  pageSize: pageSizeSchema(25),
  ...cursorPagesShape,
};

export type JobsFilters = { status?: z.output<typeof jobsViewShape.status>; accountId?: string | undefined };

/** The jobs list's view, all in the URL; a cursor fits only its filters, so a filter change starts at page one. */
export function useJobsView() {
  const [view, update] = useUrlState(jobsViewShape);
  const query: ListJobsInput = { status: view.status, accountId: view.accountId, pageSize: view.pageSize, cursor: view.cursor };
  const setFilters = (patch: JobsFilters & { pageSize?: number }) => update({ ...patch, ...FIRST_PAGE });
  return [view, { query, update, setFilters }] as const;
}
