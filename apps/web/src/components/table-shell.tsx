import CollectionPreferences, { type CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination, { type PaginationProps } from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { formatCount } from '@/lib/format.ts';
import { PAGE_SIZES } from '@/lib/page-sizes.ts';
import { EmptyState, type EmptyStateProps } from './empty-state.tsx';
import { TableEmpty } from './table-empty.tsx';

/** The list behind a table: while it fails, no rows show and the error takes the empty slot, with Retry. */
export interface TableQuery {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface TablePreferences {
  pageSize: number;
  /** What the rows are, for the choices ("25 accounts"). */
  itemsName: string;
  onPageSizeChange: (pageSize: number) => void;
  /** The columns a person may hide and reorder. */
  columns?: {
    display: readonly CollectionPreferencesProps.ContentDisplayItem[];
    options: readonly CollectionPreferencesProps.ContentDisplayOption[];
    onChange: (display: readonly CollectionPreferencesProps.ContentDisplayItem[]) => void;
  };
}

export interface TableShellProps<T> extends Omit<
  TableProps<T>,
  'items' | 'header' | 'empty' | 'pagination' | 'preferences' | 'columnDisplay'
> {
  items: readonly T[];
  /** The header's text, and the table's label unless `ariaLabels` names it. */
  title: string;
  counter?: string | undefined;
  description?: ReactNode;
  /** An "Info" link (InfoLink) beside the title, for a page with a help panel. */
  info?: ReactNode;
  actions?: ReactNode;
  query: TableQuery;
  /** What failed, e.g. "Could not load users". */
  errorHeader: string;
  /** Where the list has page cursors: a stale one is left by going back to the first page. */
  onFirstPage?: () => void;
  empty: EmptyStateProps;
  pagination?: PaginationProps;
  preferences?: TablePreferences;
}

/**
 * Every list page's table: the header (an h1 on a full page, else an h2) with its counter and
 * actions, the load error or the empty state with its way on, pagination and preferences.
 */
export function TableShell<T>({
  items,
  title,
  counter,
  description,
  info,
  actions,
  query,
  errorHeader,
  onFirstPage,
  empty,
  pagination,
  preferences,
  ariaLabels,
  ...table
}: TableShellProps<T>) {
  return (
    <Table<T>
      {...table}
      items={query.isError ? [] : items}
      ariaLabels={{ tableLabel: title, ...ariaLabels }}
      columnDisplay={preferences?.columns?.display}
      header={
        <Header
          variant={table.variant === 'full-page' ? 'awsui-h1-sticky' : 'h2'}
          counter={counter}
          description={description}
          info={info}
          actions={actions}
        >
          {title}
        </Header>
      }
      empty={
        <TableEmpty
          isError={query.isError}
          error={query.error}
          errorHeader={errorHeader}
          onRetry={() => void query.refetch()}
          onFirstPage={onFirstPage}
        >
          <EmptyState {...empty} />
        </TableEmpty>
      }
      pagination={pagination && <Pagination {...pagination} />}
      preferences={preferences && <TablePreferencesButton {...preferences} />}
    />
  );
}

function TablePreferencesButton({ pageSize, itemsName, onPageSizeChange, columns }: TablePreferences) {
  return (
    <CollectionPreferences
      title="Preferences"
      confirmLabel="Confirm"
      cancelLabel="Cancel"
      preferences={{ pageSize, contentDisplay: columns?.display }}
      pageSizePreference={{ title: 'Page size', options: PAGE_SIZES.map((value) => ({ value, label: `${value} ${itemsName}` })) }}
      contentDisplayPreference={columns && { title: 'Columns', options: columns.options }}
      onConfirm={({ detail }) => {
        if (columns && detail.contentDisplay) columns.onChange(detail.contentDisplay);
        if (detail.pageSize !== undefined && detail.pageSize !== pageSize) onPageSizeChange(detail.pageSize);
      }}
    />
  );
}

/** The count where the total is known: "(3/1,234)" is 3 selected of 1,234 in all. */
export function totalCounter(total: number, selected = 0): string {
  return `(${selected > 0 ? `${formatCount(selected)}/` : ''}${formatCount(total)})`;
}

/** A page's count where no total is known: "(3/50+)" is 3 selected of 50 shown, more pages following. */
export function pageCounter(shown: number, more: boolean, selected = 0): string {
  return `(${selected > 0 ? `${selected}/` : ''}${shown}${more ? '+' : ''})`;
}
