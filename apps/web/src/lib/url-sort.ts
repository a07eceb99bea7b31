import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { z } from 'zod';
import { useUrlState } from './url-state.ts';

type Sortable = string | number | boolean | undefined;

/** URL fields for a table sorted in the browser: the column (one of the sortable ones) and the direction. */
export function sortShape<F extends string>(fields: readonly [F, ...F[]]) {
  return { sort: z.enum(fields).optional(), order: z.enum(['asc', 'desc']).optional() };
}

export type SortShape<F extends string> = ReturnType<typeof sortShape<F>>;

export interface SortState<F extends string> {
  field: F;
  descending: boolean;
}

function compare(a: Sortable, b: Sortable): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  return a < b ? -1 : 1;
}

/**
 * A client-sorted table's sort, kept in the URL like every other view state: a pasted link or a
 * reload shows the same order, and back/forward step through sort changes. A bad or missing
 * parameter falls back to the table's default order, which the URL then leaves out.
 */
export function useUrlSort<F extends string, T extends Record<F, Sortable>>(
  shape: SortShape<F>,
  fallback: SortState<F>,
  items: readonly T[],
): { items: T[]; tableProps: Required<Pick<TableProps<T>, 'sortingColumn' | 'sortingDescending' | 'onSortingChange'>> } {
  const [state, update] = useUrlState(shape);
  const field = state.sort ?? fallback.field;
  const descending = state.sort === undefined && state.order === undefined ? fallback.descending : state.order === 'desc';
  const sorted = useMemo(() => {
    const ascending = [...items].sort((a, b) => compare(a[field], b[field]));
    return descending ? ascending.reverse() : ascending;
  }, [items, field, descending]);
  return {
    items: sorted,
    tableProps: {
      sortingColumn: { sortingField: field },
      sortingDescending: descending,
      onSortingChange: ({ detail }) => {
        const next = shape.sort.safeParse(detail.sortingColumn.sortingField).data ?? fallback.field;
        const nextDescending = detail.isDescending ?? false;
        const isDefault = next === fallback.field && nextDescending === fallback.descending;
        update(isDefault ? { sort: undefined, order: undefined } : { sort: next, order: nextDescending ? 'desc' : 'asc' });
      },
    },
  };
}
