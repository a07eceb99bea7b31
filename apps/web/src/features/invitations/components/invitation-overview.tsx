import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { InfoLink } from '@/components/help/info-link.tsx';
import { TableShell } from '@/components/table-shell.tsx';
import { RefreshButton } from '@/components/refresh-button.tsx';
import { paths } from '@/config/paths.ts';
import type { ResponseOf } from '@/lib/api-client.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useInvitationOverview } from '../api/invitation-overview.ts';
import { exportInvitationOverviewUrl } from '../api/export-invitation-overview.ts';
import { AccountNameLink } from './account-name-link.tsx';
import { InvitationTrend } from './invitation-trend.tsx';
import { InvitationsBySender } from './invitations-by-sender.tsx';
import { OverviewFreshness } from './overview-freshness.tsx';
import { PendingByAge } from './pending-by-age.tsx';
import { InvitationSummary, sentCount } from './invitation-summary.tsx';
import { PAGE_LABELS } from '@/lib/cursor-pages.ts';
import { sortShape, useUrlSort } from '@/lib/url-sort.ts';

type AccountCounts = ResponseOf<'invitationOverview'>['accounts'][number] & { sent: number };

const SORT_SHAPE = sortShape(['sent', 'pending', 'accepted', 'failed', 'removed', 'pendingOver7Days']);
// The ones to chase first: pending the longest.
const DEFAULT_SORT = { field: 'pendingOver7Days', descending: true } as const;

function columns(follow: ReturnType<typeof useFollow>): TableProps.ColumnDefinition<AccountCounts>[] {
  return [
    {
      id: 'account',
      header: 'Account',
      cell: (row) => <AccountNameLink accountId={row.accountId} accountName={row.accountName} />,
      isRowHeader: true,
    },
    { id: 'sent', header: 'Sent', cell: (row) => row.sent, sortingField: 'sent' },
    { id: 'pending', header: 'Pending', cell: (row) => row.pending, sortingField: 'pending' },
    { id: 'accepted', header: 'Accepted', cell: (row) => row.accepted, sortingField: 'accepted' },
    { id: 'failed', header: 'Failed', cell: (row) => row.failed, sortingField: 'failed' },
    { id: 'removed', header: 'Removed', cell: (row) => row.removed, sortingField: 'removed' },
    {
      id: 'pendingOver7Days',
      header: 'Pending > 7 days',
      sortingField: 'pendingOver7Days',
      cell: (row) =>
        row.pendingOver7Days === 0 ? (
          0
        ) : (
          <Link
            href={paths.account.to(row.accountId, 'invitations', '?status=Pending&pendingOlderThanDays=7')}
            onFollow={follow}
            ariaLabel={`${row.pendingOver7Days} pending for more than 7 days`}
          >
            <StatusIndicator type="warning">{row.pendingOver7Days}</StatusIndicator>
          </Link>
        ),
    },
  ];
}

/** Every account's invitations in one table, the ones to chase first: what a manager reviews each week. */
export function InvitationOverview() {
  const follow = useFollow();
  const overview = useInvitationOverview();
  const rows = useMemo(
    () => (overview.isError ? [] : (overview.data?.accounts ?? []).map((counts) => ({ ...counts, sent: sentCount(counts) }))),
    [overview.isError, overview.data],
  );
  const sort = useUrlSort(SORT_SHAPE, DEFAULT_SORT, rows);
  const { items, collectionProps, paginationProps } = useCollection(sort.items, { pagination: { pageSize: 25 } });
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          info={<InfoLink about="invitations" />}
          description={<OverviewFreshness asOf={overview.data?.asOf} loaded={overview.data !== undefined} />}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <RefreshButton query={overview} label="Refresh" />
              <Button href={exportInvitationOverviewUrl()} download iconName="download">
                Export CSV
              </Button>
            </SpaceBetween>
          }
        >
          Invitations
        </Header>
      }
    >
      <SpaceBetween size="l">
        <InvitationSummary counts={overview.data?.totals} description="All accounts together." />
        <PendingByAge buckets={overview.data?.pendingByAge} />
        <InvitationTrend weeks={overview.data?.trend} />
        {overview.data?.accountsTruncated && (
          <Alert type="info" header="Not every account is listed">
            The table lists the {rows.length} accounts with the most pending invitations; the counts above include every account. Export CSV
            for the same list, or open an account to see all of its invitations.
          </Alert>
        )}
        <TableShell<AccountCounts>
          data-testid="invitations-per-account"
          {...collectionProps}
          {...sort.tableProps}
          variant="container"
          title="Per account"
          counter={overview.data ? `(${rows.length})` : undefined}
          description="Accounts with invitations pending the longest first. An account opens on its pending invitations."
          ariaLabels={{ tableLabel: 'Invitations per account' }}
          items={items}
          trackBy="accountId"
          columnDefinitions={columns(follow)}
          loading={overview.isPending}
          loadingText="Loading invitation counts"
          pagination={{ ...paginationProps, ariaLabels: PAGE_LABELS }}
          query={overview}
          errorHeader="Could not load the invitations overview"
          empty={{
            title: 'No invitations yet',
            description:
              "Accounts appear here once Chime reports an invitation in them (Invite users on an account's Users tab sends some).",
          }}
        />
        {(overview.data?.senders.length ?? 0) > 0 && (
          <InvitationsBySender senders={overview.data?.senders ?? []} loading={overview.isPending} />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
