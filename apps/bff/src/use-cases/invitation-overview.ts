import type { Response } from 'express';
import type { Database } from '../db/index.ts';
import { writeCsv } from '../http/csv-response.ts';
import {
  countInvitations,
  countInvitationsByAccount,
  countInvitationsBySender,
  countPendingByAge,
  OVERVIEW_ACCOUNT_LIMIT,
} from '../invitations/invitation-store.ts';

/** Console users listed in the overview; a console has few, but the list stays bounded. */
const OVERVIEW_SENDER_LIMIT = 200;

const OVERVIEW_COLUMNS = ['accountId', 'pending', 'accepted', 'failed', 'pendingOver7Days'] as const;

/** Every account's invitations at a glance: counts per account (most pending first), per sender, and pending by age. */
export async function invitationOverview(db: Database) {
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
}

export async function exportInvitationOverview(db: Database, res: Response) {
  await writeCsv(res, {
    filename: 'invitation-overview.csv',
    columns: OVERVIEW_COLUMNS,
    rows: await countInvitationsByAccount(db, OVERVIEW_ACCOUNT_LIMIT),
  });
}
