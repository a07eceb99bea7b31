import { z } from 'zod';

/** Every error the BFF answers (application/problem+json). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  retryable: z.boolean(),
  requestId: z.string().optional(),
  /** For validation errors: the offending fields and what is wrong with each. */
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
