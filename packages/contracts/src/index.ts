// The BFF's HTTP API is defined here, once, as zod schemas (issue 3). Until then this package only
// fixes the shape every response error takes, so the BFF and the SPA agree on it from the start.
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  retryable: z.boolean().optional(),
  requestId: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
