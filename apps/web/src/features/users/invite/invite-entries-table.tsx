import { useCollection } from '@cloudscape-design/collection-hooks';
import Pagination from '@cloudscape-design/components/pagination';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { locate, type EmailCheck, type EmailEntry } from './parse-emails.ts';

/** Thousands of addresses are pasted at once: the table shows them a page at a time. */
const PAGE_SIZE = 25;

function CheckText({ check }: { check: EmailCheck }) {
  switch (check.status) {
    case 'new':
      return <StatusIndicator type="success">Will be invited</StatusIndicator>;
    case 'malformed':
      return <StatusIndicator type="error">Malformed: {check.reason}</StatusIndicator>;
    case 'duplicate':
      return <StatusIndicator type="warning">Duplicate of {check.first}: skipped</StatusIndicator>;
    case 'existing':
      return <StatusIndicator type="info">{existingText(check)}</StatusIndicator>;
  }
}

function existingText({ registrationStatus, elsewhere }: Extract<EmailCheck, { status: 'existing' }>): string {
  const status = registrationStatus === undefined ? '' : ` (${registrationStatus})`;
  if (elsewhere === undefined) return `Already a user of this account${status}: not sent`;
  const account = elsewhere.accountName ?? elsewhere.accountId;
  return `Already a user of another account, ${account}${status}: not sent (Chime invites an address to one account only)`;
}

/** What was pasted or uploaded, each address with where it came from and its verdict, before anything is sent. */
export function InviteEntriesTable({ entries, label }: { entries: readonly EmailEntry[]; label: string }) {
  const { items, paginationProps, collectionProps } = useCollection(entries, { pagination: { pageSize: PAGE_SIZE } });
  return (
    <Table<EmailEntry>
      {...collectionProps}
      variant="embedded"
      wrapLines
      ariaLabels={{ tableLabel: label }}
      items={items}
      trackBy={(entry) => `${entry.file ?? ''}:${entry.line}:${entry.text}`}
      columnDefinitions={[
        { id: 'line', header: 'Line', cell: locate, width: 160 },
        { id: 'email', header: 'Email', cell: (entry) => entry.text, isRowHeader: true },
        { id: 'check', header: 'Check', cell: (entry) => <CheckText check={entry.check} /> },
      ]}
      pagination={
        entries.length > PAGE_SIZE && (
          <Pagination
            {...paginationProps}
            ariaLabels={{
              nextPageLabel: `Next page of ${label}`,
              previousPageLabel: `Previous page of ${label}`,
              pageLabel: (n) => `Page ${n}`,
            }}
          />
        )
      }
    />
  );
}
