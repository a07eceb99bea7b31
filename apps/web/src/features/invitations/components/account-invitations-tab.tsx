import type { Account, Invitation } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { pageCounter, TableShell } from '@/components/table-shell.tsx';
import { paths } from '@/config/paths.ts';
import { useMay } from '@/features/auth/use-session.ts';
import { explain } from '@/lib/api-error.ts';
import { cursorPagination } from '@/lib/cursor-pages.ts';
import { formatDateTime } from '@/lib/format.ts';
import { useColumnPreferences } from '@/lib/use-column-display.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { exportInvitationsUrl } from '../api/export-invitations.ts';
import { useInvitations } from '../api/list-invitations.ts';
import { useRefreshInvitationStatuses } from '../api/refresh-invitation-statuses.ts';
import { InvitationSummary } from './invitation-summary.tsx';
import { HIDDEN_INVITATION_COLUMNS, invitationColumns } from './invitations-columns.tsx';
import { invitationsEmptyState } from './invitations-empty.tsx';
import { InvitationsFilters } from './invitations-filters.tsx';
import { NO_FILTERS, useInvitationsView, type InvitationFilters } from '../hooks/use-invitations-view.ts';

/** The account page's invitations tab: every invitation Chime reports, with the console's record of those it sent; filter, resend, export. */
export function AccountInvitationsTab({ account }: { account: Account }) {
  const follow = useFollow();
  const support = useMay('support');
  const { view, filters, query, update, setFilters } = useInvitationsView();
  const invitations = useInvitations(account.id, query);
  const refresh = useRefreshInvitationStatuses(account.id, query);
  const page = invitations.data;
  const items = page?.items ?? [];
  const columns = useMemo(() => invitationColumns(follow, support), [follow, support]);
  const columnPreferences = useColumnPreferences('chime-console.invitation-columns', columns, {
    hidden: HIDDEN_INVITATION_COLUMNS,
    alwaysVisible: ['email'],
  });
  const pagination = cursorPagination(view, page?.nextCursor, (patch) => update(patch));
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const hrefFor = (next: InvitationFilters) => paths.account.to(account.id, 'invitations', searchOf(next, view.pageSize));

  return (
    <SpaceBetween size="m">
      {account.type !== 'Team' && (
        <Box color="text-status-inactive">
          Chime sends invitations only in Team accounts; {account.name} is {account.type ?? 'of another type'}.
        </Box>
      )}
      <InvitationSummary
        counts={page?.counts}
        description="Every invitation Chime reports for the account, sent from this console or elsewhere, by its status. Choose a count to list those invitations."
        filters={filters}
        hrefFor={hrefFor}
      />
      {refresh.isError && (
        <Alert
          type="error"
          header="Could not read the statuses from Chime"
          dismissible
          onDismiss={() => refresh.reset()}
          action={<Button onClick={() => refresh.mutate()}>Retry</Button>}
        >
          {explain(refresh.error)} The table shows the statuses last read.
        </Alert>
      )}
      <TableShell<Invitation>
        variant="container"
        title="Invitations"
        counter={page ? pageCounter(items.length, page.nextCursor !== undefined) : undefined}
        description={
          page &&
          (page.reconciledAt === undefined
            ? 'Statuses not checked with Chime yet.'
            : // Seconds show that "Refresh statuses" did something.
              `Statuses checked ${formatDateTime(page.reconciledAt, { seconds: true })}.`)
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" loading={refresh.isPending} disabled={invitations.isPending} onClick={() => refresh.mutate()}>
              Refresh statuses
            </Button>
            <Button href={exportInvitationsUrl(account.id, filters)} download iconName="download">
              Export CSV
            </Button>
          </SpaceBetween>
        }
        items={items}
        trackBy="email"
        loading={invitations.isPending || invitations.isPlaceholderData}
        loadingText="Loading invitations"
        columnDefinitions={columns}
        wrapLines={false}
        // Email and Resend stay in view while the columns between them scroll on a narrow screen.
        stickyColumns={{ first: 1, last: support ? 1 : 0 }}
        ariaLabels={{ tableLabel: `Invitations of ${account.name}` }}
        filter={<InvitationsFilters filters={filters} onChange={setFilters} />}
        pagination={{ ...pagination, disabled: invitations.isFetching }}
        preferences={{
          pageSize: view.pageSize,
          itemsName: 'invitations',
          onPageSizeChange: (pageSize) => setFilters({ pageSize }),
          columns: columnPreferences,
        }}
        query={invitations}
        errorHeader="Could not load invitations"
        onFirstPage={() => setFilters({})}
        empty={invitationsEmptyState(filtered, () => setFilters(NO_FILTERS))}
      />
    </SpaceBetween>
  );
}

/** The tab's query string for a set of filters: page one, the page size kept. */
function searchOf(filters: InvitationFilters, pageSize: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) search.set(key, String(value));
  if (pageSize !== 50) search.set('pageSize', String(pageSize));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
