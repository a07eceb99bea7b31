import { z } from 'zod';
import type { ListAccountsQuery } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import type { CursorCodec } from '../pagination/cursor-codec.ts';

/** The cursor carries Chime's NextToken, bound to the filters it was issued for. */
const tokenState = z.object({ t: z.string() });

/** A page of accounts: one upstream call, Chime's own filters (name prefix, a member's email). */
export async function listAccounts(chime: ChimeGateway, cursors: CursorCodec, query: ListAccountsQuery) {
  const filters = { namePrefix: query.namePrefix, userEmail: query.userEmail };
  const nextToken = query.cursor === undefined ? undefined : cursors.decode(query.cursor, filters, tokenState).t;
  const page = await chime.listAccounts({ name: filters.namePrefix, userEmail: filters.userEmail, maxResults: query.pageSize, nextToken });
  return { items: page.items, ...(page.nextToken !== undefined && { nextCursor: cursors.encode({ t: page.nextToken }, filters) }) };
}
