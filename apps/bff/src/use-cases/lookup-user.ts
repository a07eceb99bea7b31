import type { ChimeGateway } from '../chime/index.ts';
import { notFound } from '../http/app-error.ts';

/** Helpdesk's first step: the account that holds an email (ListAccounts user-email), then the user in it. */
export async function lookupUser(chime: ChimeGateway, email: string) {
  const { items: accounts } = await chime.listAccounts({ userEmail: email, maxResults: 1 });
  const [account] = accounts;
  if (!account) throw notFound(`No Chime account has a user with the email ${email}.`);
  const { items: users } = await chime.listUsers(account.id, { email, maxResults: 1 });
  const [user] = users;
  if (!user) throw notFound(`Account ${account.name} lists no user with the email ${email}.`);
  return { account, user };
}
