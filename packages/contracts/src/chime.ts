import { z } from 'zod';
import { EMAIL_MESSAGE } from './plain-errors.ts';

/** Chime's own enums, as the console shows and accepts them. */
export const licenseSchema = z.enum(['Basic', 'Plus', 'Pro', 'ProTrial']);
export const accountTypeSchema = z.enum(['Team', 'EnterpriseDirectory', 'EnterpriseLWA', 'EnterpriseOIDC']);
export const userTypeSchema = z.enum(['PrivateUser', 'SharedDevice']);
export const registrationStatusSchema = z.enum(['Unregistered', 'Registered', 'Suspended']);
export const invitationStatusSchema = z.enum(['Pending', 'Accepted', 'Failed']);
export const emailStatusSchema = z.enum(['NotSent', 'Sent', 'Failed']);
/** Chime's own pattern for an email address. */
export const emailSchema = z
  .string()
  .trim()
  .max(320)
  .regex(/^.+@.+\..+$/, EMAIL_MESSAGE);
export type License = z.infer<typeof licenseSchema>;
