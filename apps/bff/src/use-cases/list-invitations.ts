import { z } from 'zod';
import type { listInvitationsQuerySchema } from '@chime-console/contracts';
import { countInvitations, listInvitations as readInvitations } from '../invitations/invitation-store.ts';
import type { CursorCodec } from '../pagination/cursor-codec.ts';
import { keysetPage } from '../pagination/keyset-page.ts';
import { freshenStatuses, type FreshenDependencies } from './invitation-statuses.ts';

const position = z.object({ sentAt: z.string(), email: z.string() });

/** The console's invitations of one account, newest first, with the account's counts and when Chime was last read. */
export async function listInvitations(
  deps: FreshenDependencies & { cursors: CursorCodec },
  accountId: string,
  query: z.output<typeof listInvitationsQuerySchema>,
) {
  const { cursor, pageSize, refresh, ...filters } = query;
  const reconciledAt = await freshenStatuses(deps, accountId, refresh === true);
  const page = await keysetPage(
    deps.cursors,
    { cursor, pageSize, scope: { accountId, ...filters } },
    {
      position,
      read: (after, limit) => readInvitations(deps.db, accountId, filters, { after, limit }),
    },
  );
  return {
    ...page,
    counts: await countInvitations(deps.db, accountId),
    ...(reconciledAt && { reconciledAt: reconciledAt.toISOString() }),
  };
}
