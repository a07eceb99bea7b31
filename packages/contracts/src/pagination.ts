import { z } from 'zod';

export const pageQuerySchema = z.object({
  /** Opaque; only valid with the filters it was issued for. */
  cursor: z.string().min(1).max(2048).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of items; `scan` says the BFF filtered Chime's pages itself, and how far it read. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().optional(),
    scan: z.object({ upstreamPages: z.number().int(), upstreamItems: z.number().int(), complete: z.boolean() }).optional(),
  });
