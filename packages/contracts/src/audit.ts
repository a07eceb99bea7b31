import { z } from 'zod';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { roleSchema } from './roles.ts';

/** One append-only audit record. Never holds a PIN or a password. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  role: roleSchema.optional(),
  action: z.string(),
  accountId: z.string().optional(),
  userId: z.string().optional(),
  input: z.record(z.string(), z.unknown()).optional(),
  result: z.enum(['ok', 'error', 'denied']),
  errorCode: z.string().optional(),
  /** Chime's request ID of the call that made the change or failed: the last call the request made. */
  upstreamRequestId: z.string().optional(),
  /** Every Chime call the request made, in order, when it made more than one (e.g. a read before the change). */
  upstreamRequestIds: z.array(z.string()).optional(),
  clientIp: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  actor: z.string().trim().min(1).max(64).optional(),
  action: z.string().trim().min(1).max(64).optional(),
  accountId: z.string().trim().min(1).max(256).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
export const auditPageSchema = pageOf(auditEntrySchema);
