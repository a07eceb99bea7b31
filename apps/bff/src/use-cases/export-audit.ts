import type { Response } from 'express';
import type { AuditEntry } from '@chime-console/contracts';
import { streamAudit, type AuditFilters } from '../audit/audit-log.ts';
import type { Database } from '../db/index.ts';
import { writeCsv } from '../http/csv-response.ts';

const COLUMNS = [
  'at',
  'actor',
  'role',
  'action',
  'accountId',
  'accountName',
  'userId',
  'userName',
  'result',
  'errorCode',
  'upstreamRequestId',
  'clientIp',
  'input',
] as const;

/** Every matching entry as CSV, newest first, streamed a batch at a time. */
export function exportAudit(db: Database, filters: AuditFilters, res: Response) {
  return writeCsv(res, { filename: 'audit-log.csv', columns: COLUMNS, rows: asRows(streamAudit(db, filters)) });
}

async function* asRows(entries: AsyncIterable<AuditEntry>) {
  for await (const entry of entries) yield { ...entry, input: entry.input === undefined ? '' : JSON.stringify(entry.input) };
}
