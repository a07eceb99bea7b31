import { auditQuerySchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape, FIRST_PAGE, type CursorPagesState } from '@/lib/cursor-pages.ts';
import { useUrlState } from '@/lib/url-state.ts';
import type { AuditQuery } from '../api/list-audit.ts';

export type AuditFilters = Pick<AuditQuery, 'actor' | 'action' | 'accountId' | 'userId' | 'from' | 'to'>;

// `last` only names the relative range picked ("Last 24 hours"), for display: `from` was set from it when picked.
export const RELATIVE_RANGES = ['1h', '24h', '7d', '30d'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];

const { actor, action, accountId, userId, from, to, pageSize } = auditQuerySchema.shape;
const auditViewShape = {
  actor,
  action,
  accountId,
  userId,
  from,
  to,
  last: z.enum(RELATIVE_RANGES).optional(),
  pageSize,
  ...cursorPagesShape,
};

export interface AuditView {
  filters: AuditFilters;
  last: RelativeRange | undefined;
  query: AuditQuery;
  pageSize: number;
  pages: CursorPagesState;
  setFilters: (patch: Partial<AuditFilters> & { last?: RelativeRange | undefined }) => void;
  setPageSize: (pageSize: number) => void;
  goToPage: (patch: CursorPagesState) => void;
}

/**
 * The audit log's filters, page size and cursor, in the URL. A filter or page-size change starts
 * again at page 1: a cursor is only valid with the filters it was issued for.
 */
export function useAuditView(fixed: Partial<AuditFilters> = {}): AuditView {
  const [state, setState] = useUrlState(auditViewShape);
  const filters: AuditFilters = {
    actor: state.actor,
    action: state.action,
    accountId: state.accountId,
    userId: state.userId,
    from: state.from,
    to: state.to,
    ...fixed,
  };
  return {
    filters,
    last: state.last,
    query: { ...filters, pageSize: state.pageSize, cursor: state.cursor },
    pageSize: state.pageSize,
    pages: { cursor: state.cursor, prev: state.prev },
    setFilters: (patch) => setState({ ...patch, ...FIRST_PAGE }),
    setPageSize: (size) => setState({ pageSize: size, ...FIRST_PAGE }),
    goToPage: (patch) => setState(patch),
  };
}
