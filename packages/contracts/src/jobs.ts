import { z } from 'zod';
import { emailSchema, emailStatusSchema, invitationStatusSchema, licenseSchema, userTypeSchema } from './chime.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { userIdSchema } from './users.ts';

/** Items in one job: onboarding or offboarding a large company in one go, still bounded. */
export const JOB_ITEM_LIMIT = 10_000;

/**
 * The audit action of one chunk's Chime call, made by the job runner for the job's creator:
 * besides the endpoint IDs that request entries carry.
 */
export const JOB_CHUNK_AUDIT_ACTION = 'runJobChunk';

export const jobKindSchema = z.enum(['invite', 'license', 'suspend', 'unsuspend', 'logout']);
export type JobKind = z.infer<typeof jobKindSchema>;

const jobUserIdsSchema = z.array(userIdSchema).min(1).max(JOB_ITEM_LIMIT);

/** A bulk change, run server-side in API-sized chunks, paced and retried, item by item. */
export const createJobBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('invite'), emails: z.array(emailSchema).min(1).max(JOB_ITEM_LIMIT), userType: userTypeSchema.optional() }),
  z.object({ kind: z.literal('license'), userIds: jobUserIdsSchema, licenseType: licenseSchema }),
  z.object({ kind: z.enum(['suspend', 'unsuspend', 'logout']), userIds: jobUserIdsSchema }),
]);
export type CreateJobBody = z.infer<typeof createJobBodySchema>;

export const jobStatusSchema = z.enum(['running', 'done', 'cancelled']);
export const jobItemStatusSchema = z.enum(['pending', 'ok', 'failed', 'cancelled']);

export const jobCountsSchema = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  ok: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  /** Failed items a retry can help, and cancelled ones: what Retry sends again. */
  retryable: z.number().int(),
});

export const jobSchema = z.object({
  id: z.string(),
  kind: jobKindSchema,
  accountId: z.string(),
  /** The account's name when the job was created: it still names the job once the account is deleted. */
  accountName: z.string().optional(),
  status: jobStatusSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  licenseType: licenseSchema.optional(),
  userType: userTypeSchema.optional(),
  counts: jobCountsSchema,
});
export type Job = z.infer<typeof jobSchema>;

/** One email or user of a job, and how it ended. */
export const jobItemSchema = z.object({
  seq: z.number().int(),
  target: z.string(),
  /** The user's email, from the directory index, when the target is a user ID the index knows. */
  targetName: z.string().optional(),
  status: jobItemStatusSchema,
  attempts: z.number().int(),
  inviteId: z.string().optional(),
  invitationStatus: invitationStatusSchema.optional(),
  emailStatus: emailStatusSchema.optional(),
  /** Found already invited by reconciling with Chime after an interrupted send, so not sent again. */
  reconciled: z.boolean().optional(),
  /** Why it failed, in plain words; `retryable` says whether sending it again can work (throttling, a 5xx, an unknown outcome). */
  error: z.object({ code: z.string(), message: z.string(), retryable: z.boolean().optional() }).optional(),
  /** Failed for a reason a retry can get past, or cancelled: what Retry sends again. */
  retryable: z.boolean(),
});
export type JobItem = z.infer<typeof jobItemSchema>;

export const listJobsQuerySchema = pageQuerySchema.extend({
  accountId: z.string().trim().min(1).max(256).optional(),
  status: jobStatusSchema.optional(),
});
export const jobPageSchema = pageOf(jobSchema);
export const jobItemsQuerySchema = pageQuerySchema.extend({ status: jobItemStatusSchema.optional() });
export const jobItemPageSchema = pageOf(jobItemSchema);
