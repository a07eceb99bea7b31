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
  chime: ChimeGateway,
  accountId: string,
  filters: Omit<ListUsersQuery, 'cursor' | 'pageSize'>,
  res: Response,
) {
  const matches = scanFilter(filters) ?? (() => true);
  const pages = chime.scanUsers(accountId, { email: filters.email, userType: filters.userType }, { pageSize: 200 });
  await writeCsv(res, { filename: `users-${accountId}.csv`, columns: COLUMNS, rows: matching(pages, matches) });
}

/** Ending this generator early (the client went away) ends the upstream scan too. */
async function* matching(pages: ReturnType<ChimeGateway['scanUsers']>, matches: (user: User) => boolean) {
  for await (const page of pages) {
    for (const user of page.items) if (matches(user)) yield user;
  }
}
