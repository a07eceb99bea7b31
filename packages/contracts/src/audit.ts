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
  /** The account's name from the directory index, when it knows the account (a deleted one it no longer does). */
  accountName: z.string().optional(),
  userId: z.string().optional(),
  /** Who the target user is: a Chime user's email from the directory index, or a console user's username. */
  userName: z.string().optional(),
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
  /** The target user: entries about them alone, or naming them among a batch's users. */
  userId: z.string().trim().min(1).max(256).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
export const auditPageSchema = pageOf(auditEntrySchema);

/** Entries a user's history shows: enough to answer "who reset this PIN?" on a call. */
export const USER_HISTORY_LIMIT = 20;

/**
 * A user's recent history, for helpdesk as well as admins: who did what to them and how it ended,
 * without the audit log's technical fields (client IP, input, request IDs), which stay admin-only.
 */
export const userHistoryEntrySchema = auditEntrySchema.pick({
  id: true,
  at: true,
  actor: true,
  role: true,
  action: true,
  result: true,
  errorCode: true,
});
export type UserHistoryEntry = z.infer<typeof userHistoryEntrySchema>;
export const userHistorySchema = z.object({ items: z.array(userHistoryEntrySchema).max(USER_HISTORY_LIMIT) });
