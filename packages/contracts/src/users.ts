import { z } from 'zod';
import {
  emailSchema,
  emailStatusSchema,
  invitationStatusSchema,
  licenseSchema,
  registrationStatusSchema,
  userTypeSchema,
} from './chime.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

export const userIdSchema = z.string().trim().min(1).max(256);

/** A Chime user as the console shows it: every field but the PIN. */
export const userSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  email: z.string().optional(),
  displayName: z.string().optional(),
  primaryProvisionedNumber: z.string().optional(),
  licenseType: licenseSchema.optional(),
  userType: userTypeSchema.optional(),
  registrationStatus: registrationStatusSchema.optional(),
  invitationStatus: invitationStatusSchema.optional(),
  registeredOn: z.string().optional(),
  invitedOn: z.string().optional(),
  alexaForBusiness: z.object({ enabled: z.boolean().optional(), roomArn: z.string().optional() }).optional(),
});
export type User = z.infer<typeof userSchema>;

/**
 * Email (exact) is asked of Chime; the other filters are answered from the directory index, with an
 * exact total, once the account's users have been read (Chime is scanned before that).
 */
export const listUsersQuerySchema = pageQuerySchema.extend({
  email: emailSchema.optional(),
  userType: userTypeSchema.optional(),
  registrationStatus: registrationStatusSchema.optional(),
  invitationStatus: invitationStatusSchema.optional(),
  license: licenseSchema.optional(),
  nameContains: z.string().trim().min(1).max(100).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
export const userPageSchema = pageOf(userSchema).extend({
  /** Users matching the filters in all (answers from the directory index only). */
  total: z.number().int().optional(),
  /** When the account's users were last read in full from Chime (answers from the index only). */
  asOf: z.string().optional(),
});

export const createUserBodySchema = z.object({
  email: emailSchema,
  username: z.string().trim().min(1).max(100).optional(),
  userType: userTypeSchema.optional(),
});
export const updateUserBodySchema = z.object({ licenseType: licenseSchema });

/** Chime's per-call limits: 20 license changes, 50 suspensions. */
export const BATCH_LICENSE_LIMIT = 20;
export const BATCH_USER_LIMIT = 50;
const userIdsSchema = (max: number) => z.array(userIdSchema).min(1).max(max);
export const batchLicenseBodySchema = z.object({ userIds: userIdsSchema(BATCH_LICENSE_LIMIT), licenseType: licenseSchema });
export const batchUsersBodySchema = z.object({ userIds: userIdsSchema(BATCH_USER_LIMIT) });

export const itemResultSchema = z.object({
  userId: z.string(),
  ok: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export const batchResultSchema = z.object({ results: z.array(itemResultSchema) });
export type ItemResult = z.infer<typeof itemResultSchema>;

/** The only responses that carry a PIN: to helpdesk and admin, after reset or reveal. */
export const pinResponseSchema = z.object({ userId: z.string(), pin: z.string() });

export const INVITE_LIMIT = 50;
export const inviteBodySchema = z.object({ emails: z.array(emailSchema).min(1).max(INVITE_LIMIT), userType: userTypeSchema.optional() });
export const inviteResultSchema = z.object({
  email: z.string(),
  inviteId: z.string().optional(),
  status: invitationStatusSchema.optional(),
  emailStatus: emailStatusSchema.optional(),
});
export const inviteResponseSchema = z.object({ invites: z.array(inviteResultSchema) });
