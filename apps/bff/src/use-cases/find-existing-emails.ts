import type { ExistingEmail, User } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Queryable } from '../db/index.ts';

/** Up to this many emails are checked one exact lookup each; more, and one scan of the account is cheaper. */
const LOOKUP_LIMIT = 20;
const LOOKUP_CONCURRENCY = 4;

/**
 * Which of the emails already belong to a Chime user, whatever their status: in the account itself
 * (asked of Chime, which matches emails without regard to case: inviting them sends nothing), or in
 * another account the directory index knows (Chime refuses to invite those). Each email is named as given.
 */
export async function findExistingEmails(
  { chime, db }: { chime: ChimeGateway; db: Queryable },
  accountId: string,
  emails: readonly string[],
): Promise<ExistingEmail[]> {
  const wanted = new Map(emails.map((email) => [email.toLowerCase(), email]));
  const here = await usersOfAccount(chime, accountId, wanted);
  const elsewhere = await usersElsewhere(
    db,
    accountId,
    [...wanted.keys()].filter((email) => !here.has(email)),
  );
  const found = [
    ...[...here].map(([email, user]) => ({
      email,
      accountId,
      ...(user.registrationStatus && { registrationStatus: user.registrationStatus }),
    })),
    ...elsewhere,
  ];
  return found.map((existing) => ({ ...existing, email: wanted.get(existing.email) ?? existing.email }));
}

async function usersOfAccount(chime: ChimeGateway, accountId: string, wanted: ReadonlyMap<string, string>): Promise<Map<string, User>> {
  const found = new Map<string, User>();
  if (wanted.size <= LOOKUP_LIMIT) {
    const queue = [...wanted.keys()];
    const worker = async () => {
      for (let email = queue.shift(); email !== undefined; email = queue.shift()) {
        const { items } = await chime.listUsers(accountId, { email, maxResults: 1 });
        const [user] = items;
        if (user) found.set(email, user);
      }
    };
    await Promise.all(Array.from({ length: LOOKUP_CONCURRENCY }, worker));
  } else {
    for await (const page of chime.scanUsers(accountId, {})) {
      for (const user of page.items) {
        const email = user.email?.toLowerCase();
        if (email !== undefined && wanted.has(email)) found.set(email, user);
      }
    }
  }
  return found;
}

/** Users of other accounts, as the directory index last read them (emails are stored lower-cased). */
async function usersElsewhere(db: Queryable, accountId: string, emails: readonly string[]): Promise<ExistingEmail[]> {
  if (emails.length === 0) return [];
  const rows = await db.query<{ email: string; account_id: string; name: string; registration_status: string | null }>(
    `SELECT u.email, u.account_id, a.name, u.registration_status
     FROM directory_users u JOIN directory_accounts a USING (account_id)
     WHERE u.email IN (SELECT jsonb_array_elements_text($1::text::jsonb)) AND u.account_id <> $2`,
    [JSON.stringify(emails), accountId],
  );
  return rows.map((row) => ({
    email: row.email,
    accountId: row.account_id,
    accountName: row.name,
    ...(row.registration_status !== null && { registrationStatus: row.registration_status as User['registrationStatus'] }),
  }));
}
