import type { Response } from 'express';
import type { z } from 'zod';
import type { listInvitationsQuerySchema } from '@chime-console/contracts';
import { writeCsv } from '../http/csv-response.ts';
import { scanInvitations } from '../invitations/invitation-store.ts';
import { refreshAccount, type RefreshDependencies } from './refresh-account.ts';

const COLUMNS = [
  'email',
  'displayName',
  'status',
  'emailStatus',
  'inviteId',
  'sentBy',
  'sentAt',
  'sends',
  'checkedAt',
  'jobId',
  'userId',
] as const;

type Filters = Omit<z.output<typeof listInvitationsQuerySchema>, 'cursor' | 'pageSize'>;

/** Every matching invitation of the account as CSV, from the index (read again from Chime first when asked). */
export async function exportInvitations(deps: RefreshDependencies, accountId: string, query: Filters, res: Response) {
  const { refresh, ...filters } = query;
  if (refresh === true) await refreshAccount(deps, accountId);
  await writeCsv(res, {
    filename: `invitations-${accountId}.csv`,
    columns: COLUMNS,
    rows: oneByOne(scanInvitations(deps.db, accountId, filters)),
  });
}

/** The store reads invitations a page at a time; the CSV writer takes rows one by one. */
async function* oneByOne<T extends object>(pages: AsyncIterable<readonly T[]>) {
  for await (const page of pages) yield* page;
}
