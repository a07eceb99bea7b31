import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import type { ListUsersQuery } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
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
  const csv = stringify({ header: true, columns: [...COLUMNS] });
  csv.pipe(res);
  const write = async (row: Record<string, unknown>) => {
    if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
  };
  try {
    for (let page = first; !page.done; page = await pages.next()) {
      for (const user of page.value.items) if (matches(user)) await write(user);
    }
    csv.end();
  } catch (error) {
    // Headers are gone; cutting the connection tells the client the file is incomplete.
    res.destroy(error as Error);
  }
}
