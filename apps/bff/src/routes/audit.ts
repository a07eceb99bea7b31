import { stringify } from 'csv-stringify';
import { listAudit, streamAudit } from '../audit/audit-log.ts';
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

export const auditRoutes = ({ db }: Services) => [
  route('listAudit', ({ query }) => {
    const { cursor, pageSize, ...filters } = query;
    return listAudit(db, filters, { cursor, pageSize });
  }),
  route('exportAudit', async ({ query, res }) => {
    res.status(200).type('text/csv').attachment('audit-log.csv');
    const csv = stringify({ header: true, columns: [...COLUMNS] });
    csv.pipe(res);
    for await (const entry of streamAudit(db, query)) {
      const row = { ...entry, input: entry.input === undefined ? '' : JSON.stringify(entry.input) };
      if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
    }
    csv.end();
  }),
];
