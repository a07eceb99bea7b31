import type { Response } from 'express';
import type { ListUsersQuery, User } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import { writeCsv } from '../http/csv-response.ts';
import { scanFilter } from './list-users.ts';

const COLUMNS = [
  'id',
  'email',
  'displayName',
  'licenseType',
  'userType',
  'registrationStatus',
  'invitationStatus',
  'invitedOn',
  'registeredOn',
] as const;

/**
 * Every matching user as CSV, streamed: one upstream page is in memory at a time, and the CSV
 * stream's backpressure paces the reads. Never includes a PIN (the gateway's users have none).
 */
export async function exportUsers(
  gateway: ChimeGateway,
  accountId: string,
  filters: Omit<ListUsersQuery, 'cursor' | 'pageSize'>,
  res: Response,
) {
  const matches = scanFilter(filters) ?? (() => true);
  const pages = gateway.scanUsers(accountId, { email: filters.email, userType: filters.userType }, { pageSize: 200 });
  // The first page is read before any byte is sent, so a Chime error still becomes a proper problem answer.
  const first = await pages.next();
  res.status(200).type('text/csv').attachment(`users-${accountId}.csv`);
  await writeCsv(res, COLUMNS, matching(first, pages, matches));
}

type Pages = ReturnType<ChimeGateway['scanUsers']>;

async function* matching(first: Awaited<ReturnType<Pages['next']>>, pages: Pages, matches: (user: User) => boolean) {
  try {
    for (let page = first; !page.done; page = await pages.next()) {
      for (const user of page.value.items) if (matches(user)) yield user;
    }
  } finally {
    // The client may have gone away mid-file: stop the upstream scan too.
    await pages.return(undefined);
  }
}
