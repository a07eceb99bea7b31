import { z } from 'zod';
import { writeCsv } from '../http/csv-response.ts';
import { route } from '../http/endpoint-router.ts';
import {
  countInvitations,
  countInvitationsByAccount,
  countInvitationsBySender,
  countPendingByAge,
  listInvitations,
  OVERVIEW_ACCOUNT_LIMIT,
  scanInvitations,
} from '../invitations/invitation-store.ts';
import { lastReconciled, reconcileAccount, RECONCILE_AFTER_MS } from '../invitations/reconcile.ts';
import type { Services } from '../services.ts';
import { findExistingEmails } from '../use-cases/find-existing-emails.ts';

/** Console users listed in the overview; a console has few, but the list stays bounded. */
const OVERVIEW_SENDER_LIMIT = 200;

const OVERVIEW_COLUMNS = ['accountId', 'pending', 'accepted', 'failed', 'pendingOver7Days'] as const;

const invitationCursor = z.object({ sentAt: z.string(), email: z.string() });
const COLUMNS = ['email', 'status', 'emailStatus', 'inviteId', 'sentBy', 'sentAt', 'sends', 'checkedAt', 'jobId'] as const;

export const invitationRoutes = ({ db, gateway, cursors, logger }: Services) => {
  /** Statuses a minute old are read back from Chime first; if Chime is unreachable, the last known ones are shown. */
  const freshen = async (accountId: string, force: boolean): Promise<Date | undefined> => {
    const last = await lastReconciled(db, accountId);
    if (!force && last && Date.now() - last.getTime() < RECONCILE_AFTER_MS) return last;
    try {
      return await reconcileAccount(db, gateway, accountId);
    } catch (error) {
      if (force) throw error;
      logger.warn({ err: error, accountId }, 'invitation statuses could not be reconciled; showing the last known');
      return last;
    }
  };

  return [
    route('listInvitations', async ({ params, query }) => {
      const { cursor, pageSize, refresh, ...filters } = query;
      const reconciledAt = await freshen(params.accountId, refresh === true);
      const bound = { accountId: params.accountId, ...filters };
      const after = cursor === undefined ? undefined : cursors.decode(cursor, bound, invitationCursor);
      const rows = await listInvitations(db, params.accountId, filters, { after, limit: pageSize + 1 });
      const items = rows.slice(0, pageSize);
      const last = items.at(-1);
      return {
        items,
        ...(rows.length > pageSize && last && { nextCursor: cursors.encode({ sentAt: last.sentAt, email: last.email }, bound) }),
        counts: await countInvitations(db, params.accountId),
        ...(reconciledAt && { reconciledAt: reconciledAt.toISOString() }),
      };
    }),
    route('exportInvitations', async ({ params, query, res }) => {
      const { refresh, ...filters } = query;
      await freshen(params.accountId, refresh === true);
      await writeCsv(res, {
        filename: `invitations-${params.accountId}.csv`,
        columns: COLUMNS,
        rows: oneByOne(scanInvitations(db, params.accountId, filters)),
      });
    }),
    route('checkInviteEmails', async ({ params, body }) => ({
      existing: await findExistingEmails(gateway, params.accountId, body.emails),
    })),
    route('exportInvitationOverview', async ({ res }) =>
      writeCsv(res, {
        filename: 'invitation-overview.csv',
        columns: OVERVIEW_COLUMNS,
        rows: await countInvitationsByAccount(db, OVERVIEW_ACCOUNT_LIMIT),
      }),
    ),
    route('invitationOverview', async () => {
      const [accounts, totals, senders, pendingByAge] = await Promise.all([
        countInvitationsByAccount(db, OVERVIEW_ACCOUNT_LIMIT + 1),
        countInvitations(db),
        countInvitationsBySender(db, OVERVIEW_SENDER_LIMIT),
        countPendingByAge(db),
      ]);
      return {
        accounts: accounts.slice(0, OVERVIEW_ACCOUNT_LIMIT),
        accountsTruncated: accounts.length > OVERVIEW_ACCOUNT_LIMIT,
        totals,
        senders,
        pendingByAge,
      };
    }),
  ];
};

/** The store reads invitations a page at a time; the CSV writer takes rows one by one. */
async function* oneByOne<T extends object>(pages: AsyncIterable<readonly T[]>) {
  for await (const page of pages) yield* page;
}
