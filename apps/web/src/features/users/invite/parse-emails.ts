import { emailSchema, firstProblem, JOB_ITEM_LIMIT, type ExistingEmail } from '@chime-console/contracts';
import type { RawAddress } from './read-addresses.ts';

export type EmailCheck =
  | { status: 'new' }
  | { status: 'malformed'; reason: string }
  | { status: 'duplicate'; first: string }
  /** A user already: of the account invited to (`elsewhere` absent), or of another account Chime will not invite it from. */
  | { status: 'existing'; registrationStatus?: string; elsewhere?: { accountId: string; accountName?: string } };

export interface EmailEntry extends RawAddress {
  /** The normalized address (trimmed, lower-cased) for valid entries. */
  email?: string;
  check: EmailCheck;
}

/** At most this many addresses go in one invite job. */
export const INVITE_JOB_LIMIT = JOB_ITEM_LIMIT;

/** Where an entry came from, for people: "line 3", or "people.csv, line 3". */
export const locate = (entry: Pick<RawAddress, 'line' | 'file'>) =>
  entry.file === undefined ? `line ${entry.line}` : `${entry.file}, line ${entry.line}`;

/**
 * Each address checked with the contracts' own rule (Chime's pattern), and repeats flagged against
 * their first occurrence (case-insensitive: Chime treats addresses that way).
 */
export function checkAddresses(addresses: readonly RawAddress[]): EmailEntry[] {
  const firstSeen = new Map<string, string>();
  return addresses.map((address): EmailEntry => {
    if (address.problem !== undefined) return { ...address, check: { status: 'malformed', reason: address.problem } };
    const parsed = emailSchema.safeParse(address.text);
    if (!parsed.success) return { ...address, check: { status: 'malformed', reason: firstProblem(parsed.error) } };
    const email = parsed.data.toLowerCase();
    const first = firstSeen.get(email);
    if (first !== undefined) return { ...address, email, check: { status: 'duplicate', first } };
    firstSeen.set(email, locate(address));
    return { ...address, email, check: { status: 'new' } };
  });
}

export const toSend = (entries: readonly EmailEntry[]): string[] =>
  entries.flatMap((entry) => (entry.check.status === 'new' && entry.email !== undefined ? [entry.email] : []));

function existingCheck(user: ExistingEmail, accountId: string): EmailCheck {
  return {
    status: 'existing',
    ...(user.registrationStatus !== undefined && { registrationStatus: user.registrationStatus }),
    ...(user.accountId !== accountId && {
      elsewhere: { accountId: user.accountId, ...(user.accountName !== undefined && { accountName: user.accountName }) },
    }),
  };
}

/** New addresses that already belong to a user (of `accountId` or another account) are not sent. */
export function flagExisting(entries: readonly EmailEntry[], existing: readonly ExistingEmail[], accountId: string): EmailEntry[] {
  const found = new Map(existing.map((user) => [user.email.toLowerCase(), user]));
  return entries.map((entry) => {
    const user = entry.check.status === 'new' && entry.email !== undefined ? found.get(entry.email) : undefined;
    return user === undefined ? entry : { ...entry, check: existingCheck(user, accountId) };
  });
}

/** The entries that will not be sent first (what a person has to look at), each group in the order read. */
export const problemsFirst = (entries: readonly EmailEntry[]): EmailEntry[] => [
  ...entries.filter((entry) => entry.check.status !== 'new'),
  ...entries.filter((entry) => entry.check.status === 'new'),
];
