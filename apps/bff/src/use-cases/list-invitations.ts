import { z } from 'zod';
import type { listInvitationsQuerySchema } from '@chime-console/contracts';
import { accountSweptAt } from '../directory/indexed-users.ts';
import { countInvitations, listInvitations as readInvitations } from '../invitations/invitation-store.ts';
import type { CursorCodec } from '../pagination/cursor-codec.ts';
import { keysetPage } from '../pagination/keyset-page.ts';
import { refreshAccount, type RefreshDependencies } from './refresh-account.ts';

const position = z.object({ sentAt: z.string(), email: z.string() });

/**
 * Every invitation Chime reports for the account (from the directory index), newest first, merged
 * with the console's records, with the account's counts and when its users were last read in full.
 */
export async function listInvitations(
  deps: RefreshDependencies & { cursors: CursorCodec },
  accountId: string,
  query: z.output<typeof listInvitationsQuerySchema>,
) {
  const { cursor, pageSize, refresh, ...filters } = query;
  if (refresh === true) await refreshAccount(deps, accountId);
  const page = await keysetPage(
    deps.cursors,
    { cursor, pageSize, scope: { accountId, ...filters } },
    {
      position,
      read: (after, limit) => readInvitations(deps.db, accountId, filters, { after, limit }),
    },
  );
  const [counts, sweptAt] = await Promise.all([countInvitations(deps.db, accountId), accountSweptAt(deps.db, accountId)]);
  return { ...page, counts, ...(sweptAt && { reconciledAt: sweptAt.toISOString() }) };
}
