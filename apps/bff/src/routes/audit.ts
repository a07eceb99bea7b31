import type { AuditEntry } from '@chime-console/contracts';
import { listAudit, streamAudit } from '../audit/audit-log.ts';
import { writeCsv } from '../http/csv-response.ts';
import { route } from '../http/endpoint-router.ts';
import type { Services } from '../services.ts';

const COLUMNS = [
  'at',
  'actor',
  'role',
  'action',
  'accountId',
  'userId',
  'result',
  'errorCode',
  'upstreamRequestId',
  'clientIp',
  'input',
] as const;

export const auditRoutes = ({ db, cursors }: Services) => [
  route('listAudit', ({ query }) => {
    const { cursor, pageSize, ...filters } = query;
    return listAudit(db, cursors, filters, { cursor, pageSize });
  }),
  route('exportAudit', ({ query, res }) =>
    writeCsv(res, { filename: 'audit-log.csv', columns: COLUMNS, rows: asRows(streamAudit(db, query)) }),
  ),
];

async function* asRows(entries: AsyncIterable<AuditEntry>) {
  for await (const entry of entries) yield { ...entry, input: entry.input === undefined ? '' : JSON.stringify(entry.input) };
}
