import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, type ReactNode } from 'react';
import { AdminsOnly } from '@/components/admins-only.tsx';
import { TableEmpty } from '@/components/table-empty.tsx';
import { FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { ApiError } from '@/lib/api-error.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { exportAuditUrl } from '../api/export-audit.ts';
import { useAuditLog } from '../api/list-audit.ts';
import { auditColumns } from './audit-columns.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { AuditPagination } from './audit-pagination.tsx';
import { useAuditView } from './use-audit-view.ts';

const PAGE_SIZES = [10, 25, 50, 100, 200].map((value) => ({ value, label: `${value} entries` }));

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
  const view = useAuditView(accountId === undefined ? {} : { accountId });
  const audit = useAuditLog(view.query);
  const columns = useMemo(() => auditColumns(follow, accountId === undefined), [follow, accountId]);
  const items = audit.isError ? [] : (audit.data?.items ?? []);
  const { actor, action, from, to } = view.filters;
  const filtered = [actor, action, from, to, accountId === undefined ? view.filters.accountId : undefined].some(Boolean);
  // Pages hide the log from other roles; should one reach it anyway, the BFF's refusal reads as such.
  if (audit.error instanceof ApiError && audit.error.problem.code === 'forbidden') return <AdminsOnly what="The audit log" />;
  return (
    <SpaceBetween size="m">
      <Table
        variant={variant}
        items={items}
        columnDefinitions={columns}
        trackBy="id"
        loading={audit.isPending}
        loadingText="Loading audit entries"
        resizableColumns
        stickyColumns={{ first: 1 }}
        stickyHeader={variant === 'full-page'}
        wrapLines={false}
        ariaLabels={{ tableLabel: title }}
        header={
          <Header
            variant={variant === 'full-page' ? 'awsui-h1-sticky' : 'h2'}
            description={description}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={audit.isFetching && !audit.isPending}
                  onClick={() => void audit.refetch()}
                />
                <Button iconName="download" href={exportAuditUrl(view.filters)} download="audit-log.csv">
                  Export CSV
                </Button>
              </SpaceBetween>
            }
          >
            {title}
          </Header>
        }
        filter={<AuditFilters view={view} showAccountFilter={accountId === undefined} />}
        pagination={<AuditPagination view={view} nextCursor={audit.data?.nextCursor} disabled={audit.isFetching} />}
        preferences={
          <CollectionPreferences
            title="Preferences"
            confirmLabel="Confirm"
            cancelLabel="Cancel"
            preferences={{ pageSize: view.pageSize }}
            pageSizePreference={{ title: 'Page size', options: PAGE_SIZES }}
            onConfirm={({ detail }) => {
              if (detail.pageSize !== undefined) view.setPageSize(detail.pageSize);
            }}
          />
        }
        empty={
          <TableEmpty
            isError={audit.isError}
            error={audit.error}
            errorHeader="Could not load the audit log"
            onRetry={() => void audit.refetch()}
            onFirstPage={() => view.goToPage(FIRST_PAGE)}
          >
            <Box textAlign="center" color="inherit" padding="m">
              <b>No audit entries</b>
              <Box variant="p" color="inherit">
                {filtered ? 'Nothing matches these filters.' : 'Nothing has been recorded yet.'}
              </Box>
            </Box>
          </TableEmpty>
        }
      />
    </SpaceBetween>
  );
}
