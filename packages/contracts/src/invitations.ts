import { z } from 'zod';
import { emailSchema, emailStatusSchema, invitationStatusSchema, registrationStatusSchema } from './chime.ts';
import { JOB_ITEM_LIMIT } from './jobs.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

/**
 * An invitation's standing: Chime's UserInvitationStatus, or Removed when a sweep found the invited
 * user gone from the account (the console's record is then closed, not left pending forever).
 */
export const invitationRecordStatusSchema = z.enum([...invitationStatusSchema.options, 'Removed']);
export type InvitationRecordStatus = z.infer<typeof invitationRecordStatusSchema>;

/**
 * An invitation: every user Chime reports with an invitation status (from the directory index),
 * whether or not this console sent it, merged with the console's own record where one exists.
 */
export const invitationSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  /** The Chime user the invitation made, once the index has seen it. */
  userId: z.string().optional(),
  displayName: z.string().optional(),
  inviteId: z.string().optional(),
  status: invitationRecordStatusSchema.optional(),
  emailStatus: emailStatusSchema.optional(),
  /** The console user who sent it; absent when it was sent outside the console. */
  sentBy: z.string().optional(),
  /** The console's send time, or Chime's InvitedOn for an invitation sent elsewhere. */
  sentAt: z.string(),
  /** Times this console sent it (first send and resends); 0 when sent outside the console. */
  sends: z.number().int(),
  jobId: z.string().optional(),
  /** When Chime last confirmed the status (the index's read of the user). */
  checkedAt: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationCountsSchema = z.object({
  pending: z.number().int(),
  accepted: z.number().int(),
  failed: z.number().int(),
  /** Sent by the console to users since gone from the account. */
  removed: z.number().int(),
  /** Pending for more than 7 days: the ones to chase. */
  pendingOver7Days: z.number().int(),
});

export const listInvitationsQuerySchema = pageQuerySchema.extend({
  status: invitationRecordStatusSchema.optional(),
  /** Only pending invitations older than this many days. */
  pendingOlderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  sentBy: z.string().trim().min(1).max(64).optional(),
  /** Only those sent through the console, or only those sent elsewhere. */
  source: z.enum(['console', 'outside']).optional(),
  emailContains: z.string().trim().min(1).max(320).optional(),
  /** Read the account's users again from Chime before answering. */
  refresh: z.stringbool().optional(),
});
export const invitationPageSchema = pageOf(invitationSchema).extend({
  counts: invitationCountsSchema,
  /** When the account's users were last read in full from Chime; absent before the first time. */
  reconciledAt: z.string().optional(),
});

/** One week of the trend: invitations sent, accepted and failed in the week starting `weekStart`. */
export const invitationWeekSchema = z.object({
  weekStart: z.string(),
  sent: z.number().int(),
  accepted: z.number().int(),
  failed: z.number().int(),
});

export const invitationOverviewSchema = z.object({
  /** The accounts with the most pending invitations first, at most a bounded number of them. */
  accounts: z.array(invitationCountsSchema.extend({ accountId: z.string(), accountName: z.string() })),
  /** More accounts have invitations than `accounts` lists; the totals still count them all. */
  accountsTruncated: z.boolean(),
  totals: invitationCountsSchema,
  /** Who sent them, most invitations first; no `sentBy` is "outside the console". */
  senders: z.array(invitationCountsSchema.extend({ sentBy: z.string().optional() })),
  /** The last weeks, oldest first. */
  trend: z.array(invitationWeekSchema),
  /** The least recent complete read of an account's users: the counts are at least this fresh. */
  asOf: z.string().optional(),
  /** Pending invitations by how long they have waited. */
  pendingByAge: z.array(
    z.object({ label: z.string(), fromDays: z.number().int(), toDays: z.number().int().optional(), count: z.number().int() }),
  ),
});

/** Before inviting: which of these emails already belong to users of the account, or of another one. */
export const checkEmailsBodySchema = z.object({ emails: z.array(emailSchema).min(1).max(JOB_ITEM_LIMIT) });
/** An address that already belongs to a Chime user: inviting it again sends nothing, or fails. */
export const existingEmailSchema = z.object({
  email: z.string(),
  /** The account the user is in: the one invited to (read from Chime), or another (from the directory index). */
  accountId: z.string(),
  accountName: z.string().optional(),
  registrationStatus: registrationStatusSchema.optional(),
});
export type ExistingEmail = z.infer<typeof existingEmailSchema>;
export const checkEmailsResponseSchema = z.object({ existing: z.array(existingEmailSchema) });
