import { jobItemStatusSchema } from '@chime-console/contracts';
import { cursorPagesShape } from '@/lib/cursor-pages.ts';
import { pageSizeSchema } from '@/lib/page-sizes.ts';
import { useUrlState } from '@/lib/url-state.ts';

const jobItemsViewShape = {
  status: jobItemStatusSchema.optional(),
  pageSize: pageSizeSchema(50),
  ...cursorPagesShape,
};

/** The job page's items: result filter, page size and page cursor, all in the URL. */
export const useJobItemsView = () => useUrlState(jobItemsViewShape);
