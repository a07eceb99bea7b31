import { z } from 'zod';
import { accountIdSchema, accountSchema } from './accounts.ts';
import { userSchema } from './users.ts';

/**
 * The console's index of Chime: every account and user (never a PIN), read by a background sweep
 * and updated at once by every change and fresh read the console makes. Answers what Chime can only
 * answer by a full scan: search across accounts, totals, filters, invitation counts.
 */

/** What a person types in the search box: part of a name or email, an email prefix, or an ID. */
export const directorySearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type DirectorySearchQuery = z.infer<typeof directorySearchQuerySchema>;

export const directoryHitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('user'),
    user: userSchema,
    accountName: z.string(),
    /** When Chime last returned this user to the console. */
    readAt: z.string(),
  }),
  z.object({ kind: z.literal('account'), account: accountSchema, readAt: z.string() }),
]);
export type DirectoryHit = z.infer<typeof directoryHitSchema>;

export const directorySearchResponseSchema = z.object({
  hits: z.array(directoryHitSchema),
  /** The index has not finished its first sweep: results may be missing. */
  incomplete: z.boolean(),
});

/** How fresh the index is, for the "as of" lines and the status of the sweep. */
export const directoryStatusSchema = z.object({
  accounts: z.number().int(),
  users: z.number().int(),
  /** Accounts whose users have been read at least once. */
  accountsSwept: z.number().int(),
  /** The least recent complete read of an account's users: everything shown is at least this fresh. */
  oldestSweepAt: z.string().optional(),
  /** When the list of accounts was last read in full. */
  accountsListedAt: z.string().optional(),
  /** Seconds between sweeps; 0 when the background sweep is off. */
  sweepSeconds: z.number().int(),
});
export type DirectoryStatus = z.infer<typeof directoryStatusSchema>;

export const refreshAccountParamsSchema = z.object({ accountId: accountIdSchema });
/** An account's users read again from Chime now ("Refresh now"). */
export const accountRefreshSchema = z.object({
  accountId: z.string(),
  users: z.number().int(),
  sweptAt: z.string(),
});
