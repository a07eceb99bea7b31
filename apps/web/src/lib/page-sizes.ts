import { z } from 'zod';

/** The page sizes every table offers; the API serves at most 200 items a page. */
export const PAGE_SIZES = [10, 25, 50, 100, 200] as const;

/** A page size read from the URL: one the tables offer, else the table's default. */
export const pageSizeSchema = (fallback: (typeof PAGE_SIZES)[number]) =>
  z.coerce
    .number()
    .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
    .default(fallback);
