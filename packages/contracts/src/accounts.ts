import { z } from 'zod';
import { accountTypeSchema, emailSchema, licenseSchema } from './chime.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

export const accountIdSchema = z.string().trim().min(1).max(256);
export const accountNameSchema = z.string().trim().min(1).max(100);

export const accountSchema = z.object({
  id: z.string(),
  awsAccountId: z.string(),
  name: z.string(),
  type: accountTypeSchema.optional(),
  status: z.enum(['Active', 'Suspended']).optional(),
  defaultLicense: licenseSchema.optional(),
  supportedLicenses: z.array(licenseSchema),
  createdAt: z.string().optional(),
});
export type Account = z.infer<typeof accountSchema>;

export const listAccountsQuerySchema = pageQuerySchema.extend({
  namePrefix: accountNameSchema.optional(),
  userEmail: emailSchema.optional(),
});
export type ListAccountsQuery = z.infer<typeof listAccountsQuerySchema>;
export const accountPageSchema = pageOf(accountSchema);

export const createAccountBodySchema = z.object({ name: accountNameSchema });
export const updateAccountBodySchema = z
  .object({ name: accountNameSchema.optional(), defaultLicense: licenseSchema.optional() })
  .refine((body) => body.name !== undefined || body.defaultLicense !== undefined, 'Enter a new name or choose a default license');

export const accountSettingsSchema = z.object({ disableRemoteControl: z.boolean(), enableDialOut: z.boolean() });
export type AccountSettings = z.infer<typeof accountSettingsSchema>;
export const updateAccountSettingsBodySchema = accountSettingsSchema
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Choose at least one setting to change');
