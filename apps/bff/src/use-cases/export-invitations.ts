import type { Response } from 'express';
import type { z } from 'zod';
import type { listInvitationsQuerySchema } from '@chime-console/contracts';
import { writeCsv } from '../http/csv-response.ts';
import { scanInvitations } from '../invitations/invitation-store.ts';
import { freshenStatuses, type FreshenDependencies } from './invitation-statuses.ts';

const COLUMNS = ['email', 'status', 'emailStatus', 'inviteId', 'sentBy', 'sentAt', 'sends', 'checkedAt', 'jobId'] as const;

type Filters = Omit<z.output<typeof listInvitationsQuerySchema>, 'cursor' | 'pageSize'>;

/** Every matching invitation of the account as CSV, statuses freshened first as on the page. */
export async function exportInvitations(deps: FreshenDependencies, accountId: string, query: Filters, res: Response) {
  const { refresh, ...filters } = query;
  await freshenStatuses(deps, accountId, refresh === true);
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
