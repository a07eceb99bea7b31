import { z } from 'zod';
import { accountSchema } from './accounts.ts';
import { emailSchema } from './chime.ts';
import { userSchema } from './users.ts';

/** Helpdesk's first step: from an email to the account and the user, without knowing the account. */
export const lookupQuerySchema = z.object({ email: emailSchema });
export const lookupResponseSchema = z.object({ account: accountSchema, user: userSchema });
