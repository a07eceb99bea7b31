import Pagination from '@cloudscape-design/components/pagination';
import { cursorPagination, PAGE_LABELS } from '@/lib/cursor-pages.ts';
import type { AuditView } from './use-audit-view.ts';

interface AuditPaginationProps {
  view: AuditView;
  nextCursor: string | undefined;
  disabled: boolean;
}

/** Open-ended: the log has no total; the pages already seen, and the next one while there is one. */
export function AuditPagination({ view, nextCursor, disabled }: AuditPaginationProps) {
  return (
    <Pagination
      {...cursorPagination(view.pages, nextCursor, view.goToPage)}
      disabled={disabled}
      ariaLabels={{ ...PAGE_LABELS, paginationLabel: 'Audit log pages' }}
    />
  );
}
