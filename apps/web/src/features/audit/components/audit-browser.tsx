import Button from '@cloudscape-design/components/button';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, type ReactNode } from 'react';
import { AdminsOnly } from '@/components/admins-only.tsx';
import { pageCounter, TableShell } from '@/components/table-shell.tsx';
import { RefreshButton } from '@/components/refresh-button.tsx';
import { cursorPagination, FIRST_PAGE, PAGE_LABELS } from '@/lib/cursor-pages.ts';
import { ApiError } from '@/lib/api-error.ts';
import { timeZoneName, type TimeZoneChoice } from '@/lib/format.ts';
import { useTimeZonePreference } from '@/lib/preferences.ts';
import { useColumnPreferences } from '@/lib/use-column-display.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { exportAuditUrl } from '../api/export-audit.ts';
import { useAuditLog } from '../api/list-audit.ts';
import { auditColumns, TECHNICAL_AUDIT_COLUMNS } from './audit-columns.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { useAuditView } from '../hooks/use-audit-view.ts';

interface AuditBrowserProps {
  title: string;
  description: ReactNode;
  /** Set on an account's activity tab: only that account's entries, and no account filter. */
  accountId?: string;
  variant?: 'full-page' | 'container';
}

/** The audit table with its filters, open-ended pages, page size and CSV export, all kept in the URL. */
export function AuditBrowser({ title, description, accountId, variant = 'full-page' }: AuditBrowserProps) {
  const follow = useFollow();
  const [timeZone, setTimeZone] = useTimeZonePreference();
  const view = useAuditView(accountId === undefined ? {} : { accountId });
  const audit = useAuditLog(view.query);
  const columns = useMemo(
    () => auditColumns({ follow, withAccount: accountId === undefined, timeZone, zoneName: timeZoneName(timeZone) }),
    [follow, accountId, timeZone],
  );
  // The activity tab has no account column: its own choice, so neither reorders the other's.
  const columnPreferences = useColumnPreferences(`chime-console.audit-columns${accountId === undefined ? '' : '.activity'}`, columns, {
    hidden: TECHNICAL_AUDIT_COLUMNS,
    alwaysVisible: ['at'],
  });
  const { actor, action, userId, from, to } = view.filters;
  const filtered = [actor, action, userId, from, to, accountId === undefined ? view.filters.accountId : undefined].some(Boolean);
  // Pages hide the log from other roles; should one reach it anyway, the BFF's refusal reads as such.
  if (audit.error instanceof ApiError && audit.error.problem.code === 'forbidden') return <AdminsOnly what="The audit log" />;
  const items = audit.data?.items ?? [];
  return (
    <SpaceBetween size="m">
      <TableShell
        variant={variant}
        title={title}
        counter={audit.data && pageCounter(items.length, audit.data.nextCursor !== undefined)}
        description={description}
        actions={
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <TimeZoneSwitch value={timeZone} onChange={setTimeZone} />
            <RefreshButton query={audit} />
            <Button iconName="download" href={exportAuditUrl(view.filters)} download="audit-log.csv">
              Export CSV
            </Button>
          </SpaceBetween>
        }
        items={items}
        columnDefinitions={columns}
        trackBy="id"
        loading={audit.isPending}
        loadingText="Loading audit entries"
        stickyHeader={variant === 'full-page'}
        wrapLines={false}
        filter={<AuditFilters view={view} showAccountFilter={accountId === undefined} />}
        // Open-ended: the log has no total; the pages already seen, and the next one while there is one.
        pagination={{
          ...cursorPagination(view.pages, audit.data?.nextCursor, view.goToPage),
          disabled: audit.isFetching,
          ariaLabels: { ...PAGE_LABELS, paginationLabel: 'Audit log pages' },
        }}
        preferences={{ pageSize: view.pageSize, itemsName: 'entries', onPageSizeChange: view.setPageSize, columns: columnPreferences }}
        query={audit}
        errorHeader="Could not load the audit log"
        onFirstPage={() => view.goToPage(FIRST_PAGE)}
        empty={{ title: 'No audit entries', description: filtered ? 'Nothing matches these filters.' : 'Nothing has been recorded yet.' }}
      />
    </SpaceBetween>
  );
}

/** A log line or a ticket may give either: the times follow the person's choice, remembered in this browser. */
function TimeZoneSwitch({ value, onChange }: { value: TimeZoneChoice; onChange: (timeZone: TimeZoneChoice) => void }) {
  return (
    <SegmentedControl
      label="Time zone"
      selectedId={value}
      options={[
        { id: 'local', text: `Local (${timeZoneName('local')})` },
        { id: 'utc', text: 'UTC' },
      ]}
      onChange={({ detail }) => onChange(detail.selectedId === 'utc' ? 'utc' : 'local')}
    />
  );
}
