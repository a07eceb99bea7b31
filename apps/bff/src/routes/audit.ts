import { listAudit, userHistory } from '../audit/audit-log.ts';
import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { exportAudit } from '../use-cases/export-audit.ts';

export const auditRoutes = ({ db, cursors }: Services) => [
  route('listAudit', ({ query: { cursor, pageSize, ...filters } }) => listAudit(db, cursors, filters, { cursor, pageSize })),
  route('exportAudit', ({ query, res }) => exportAudit(db, query, res)),
  route('userHistory', ({ params }) => userHistory(db, params.accountId, params.userId)),
];
