import { z } from 'zod';
import { emailSchema, emailStatusSchema, invitationStatusSchema } from './chime.ts';
import { JOB_ITEM_LIMIT } from './jobs.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

/**
 * An invitation the console sent. Chime has no API that lists invitations, so the console keeps
 * its own record and reconciles the status with each user's UserInvitationStatus.
 */
export const invitationSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  inviteId: z.string().optional(),
  status: invitationStatusSchema.optional(),
  emailStatus: emailStatusSchema.optional(),
  sentBy: z.string(),
  sentAt: z.string(),
  /** Times this console sent it (first send and resends). */
  sends: z.number().int(),
  jobId: z.string().optional(),
  /** When Chime's user list last confirmed the status. */
  checkedAt: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationCountsSchema = z.object({
  pending: z.number().int(),
  accepted: z.number().int(),
  failed: z.number().int(),
  /** Pending for more than 7 days: the ones to chase. */
  pendingOver7Days: z.number().int(),
});

export const listInvitationsQuerySchema = pageQuerySchema.extend({
  status: invitationStatusSchema.optional(),
  /** Only pending invitations older than this many days. */
  pendingOlderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  sentBy: z.string().trim().min(1).max(64).optional(),
  emailContains: z.string().trim().min(1).max(320).optional(),
  /** Read the statuses back from Chime now rather than when they are a minute old. */
  refresh: z.stringbool().optional(),
});
export const invitationPageSchema = pageOf(invitationSchema).extend({
  counts: invitationCountsSchema,
  /** When the statuses were last reconciled with Chime's user list; absent before the first time. */
  reconciledAt: z.string().optional(),
});

export const invitationOverviewSchema = z.object({
  /** The accounts with the most pending invitations first, at most a bounded number of them. */
  accounts: z.array(invitationCountsSchema.extend({ accountId: z.string() })),
  /** More accounts have invitations than `accounts` lists; the totals still count them all. */
  accountsTruncated: z.boolean(),
  totals: invitationCountsSchema,
  /** The console users who sent them, most invitations first. */
  senders: z.array(invitationCountsSchema.extend({ sentBy: z.string() })),
  /** Pending invitations by how long they have waited. */
  pendingByAge: z.array(
    z.object({ label: z.string(), fromDays: z.number().int(), toDays: z.number().int().optional(), count: z.number().int() }),
  ),
});

/** Before inviting: which of these emails already belong to users of the account. */
export const checkEmailsBodySchema = z.object({ emails: z.array(emailSchema).min(1).max(JOB_ITEM_LIMIT) });
export const checkEmailsResponseSchema = z.object({ existing: z.array(z.string()) });
