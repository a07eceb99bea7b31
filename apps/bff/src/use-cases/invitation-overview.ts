import type { Response } from 'express';
import type { Database } from '../db/index.ts';
import { writeCsv } from '../http/csv-response.ts';
import { countChangedAccounts } from '../invitations/invitation-days.ts';
import { countByAccount, countBySender, oldestSweep, totalsOf, weeklyTrend } from '../invitations/invitation-overview-store.ts';

/** Accounts in one overview; past this the overview says it is cut short rather than growing without bound. */
export const OVERVIEW_ACCOUNT_LIMIT = 2000;
/** Console users listed in the overview; a console has few, but the list stays bounded. */
const OVERVIEW_SENDER_LIMIT = 200;

const OVERVIEW_COLUMNS = ['accountId', 'accountName', 'pending', 'accepted', 'failed', 'removed', 'pendingOver7Days'] as const;

const mostPendingFirst = (a: { pending: number; accountId: string }, b: { pending: number; accountId: string }) =>
  b.pending - a.pending || a.accountId.localeCompare(b.accountId);

/** Every account's invitations at a glance, from Chime's truth: counts per account, per sender, pending by age, the weekly trend. */
export async function invitationOverview(db: Database) {
  await countChangedAccounts(db);
  const [accounts, senders, trend, asOf] = await Promise.all([
    countByAccount(db),
    countBySender(db, OVERVIEW_SENDER_LIMIT),
    weeklyTrend(db),
    oldestSweep(db),
  ]);
  const { totals, pendingByAge } = totalsOf(accounts);
  const listed = accounts.sort(mostPendingFirst).map(({ aged: _aged, ...counts }) => counts);
  return {
    accounts: listed.slice(0, OVERVIEW_ACCOUNT_LIMIT),
    accountsTruncated: listed.length > OVERVIEW_ACCOUNT_LIMIT,
    totals,
    senders,
    pendingByAge,
    trend,
    ...(asOf && { asOf: asOf.toISOString() }),
  };
}

export async function exportInvitationOverview(db: Database, res: Response) {
  await countChangedAccounts(db);
  const accounts = (await countByAccount(db)).sort(mostPendingFirst);
  await writeCsv(res, { filename: 'invitation-overview.csv', columns: OVERVIEW_COLUMNS, rows: accounts });
}
