import type { ChimeGateway } from '../chime/index.ts';

/** Up to this many emails are checked one exact lookup each; more, and one scan of the account is cheaper. */
const LOOKUP_LIMIT = 20;
const LOOKUP_CONCURRENCY = 4;

/** Which of the emails already belong to users of the account (Chime matches emails without regard to case). */
export async function findExistingEmails(chime: ChimeGateway, accountId: string, emails: readonly string[]): Promise<string[]> {
  const wanted = new Map(emails.map((email) => [email.toLowerCase(), email]));
  const found = new Set<string>();
  if (wanted.size <= LOOKUP_LIMIT) {
    const queue = [...wanted.keys()];
    const worker = async () => {
      for (let email = queue.shift(); email !== undefined; email = queue.shift()) {
        const { items } = await chime.listUsers(accountId, { email, maxResults: 1 });
        if (items.length > 0) found.add(email);
      }
    };
    await Promise.all(Array.from({ length: LOOKUP_CONCURRENCY }, worker));
  } else {
    for await (const page of chime.scanUsers(accountId, {})) {
      for (const user of page.items) {
        const email = user.email?.toLowerCase();
        if (email !== undefined && wanted.has(email)) found.add(email);
      }
    }
  }
  return [...found].map((email) => wanted.get(email) ?? email);
}
