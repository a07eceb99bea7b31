import { jobItemStatusSchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape } from '@/lib/cursor-pages.ts';
import { useUrlState } from '@/lib/url-state.ts';

export const ITEM_PAGE_SIZES = [25, 50, 100, 200] as const;

const jobItemsViewShape = {
  status: jobItemStatusSchema.optional(),
  pageSize: z.coerce
    .number()
    .refine((size) => (ITEM_PAGE_SIZES as readonly number[]).includes(size))
    .default(50),
  ...cursorPagesShape,
};

/** The job page's items: result filter, page size and page cursor, all in the URL. */
export const useJobItemsView = () => useUrlState(jobItemsViewShape);
