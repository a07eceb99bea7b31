import { z } from 'zod';
import { roleSchema } from './roles.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-zA-Z0-9._@-]+$/, 'Use only letters, digits and . _ @ -');
export const passwordSchema = z.string().min(12).max(256);

export const loginBodySchema = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

/** The signed-in person, and the token every state-changing request must echo in `x-csrf-token`. */
export const sessionSchema = z.object({
  username: usernameSchema,
  role: roleSchema,
  csrfToken: z.string(),
  /** Set after an admin forced a new password: until it is changed, only this session's own endpoints answer. */
  mustChangePassword: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordBodySchema = z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });
/** How many of the person's other sessions were signed out. */
export const signOutOthersResponseSchema = z.object({ ended: z.number().int().min(0) });

export const consoleUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type ConsoleUser = z.infer<typeof consoleUserSchema>;
export const createConsoleUserBodySchema = z.object({ username: usernameSchema, password: passwordSchema, role: roleSchema });
export const updateConsoleUserBodySchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, 'Choose a role, or disable or enable the user');
/** Sets a new password and makes the person choose their own at next sign-in. */
export const forcePasswordBodySchema = z.object({ password: passwordSchema });
export const consoleUserListSchema = z.object({ items: z.array(consoleUserSchema) });
