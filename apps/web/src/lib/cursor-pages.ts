import type { PaginationProps } from '@cloudscape-design/components/pagination';
import { z } from 'zod';

/**
 * URL fields for open-ended cursor pagination (the API gives no total): the current page's cursor
 * and the cursors of the pages before it, so a pasted link reopens the same page and Previous
 * still works. The first page has no cursor; `prev` lists the cursors of pages 2 … current − 1.
 */
export const cursorPagesShape = {
  cursor: z.string().min(1).max(2048).optional(),
  prev: z.string().max(40_000).optional(),
};

export interface CursorPagesState {
  cursor?: string | undefined;
  prev?: string | undefined;
}

/** Cursors are base64url with a dot, so a comma never occurs in one. */
const SEPARATOR = ',';

/** What to put in the URL to land on the first page: used whenever a filter or the page size changes. */
export const FIRST_PAGE = { cursor: undefined, prev: undefined } as const satisfies CursorPagesState;

/** Every table's pagination reads out the same way to a screen reader. */
export const PAGE_LABELS = {
  nextPageLabel: 'Next page',
  previousPageLabel: 'Previous page',
  pageLabel: (pageNumber: number) => `Page ${pageNumber}`,
} satisfies PaginationProps.Labels;

/** The cursors of pages 2 … current: page n's cursor is at n − 2 (the first page has none). */
export function pageCursors(state: CursorPagesState): string[] {
  const earlier = state.prev ? state.prev.split(SEPARATOR) : [];
  return state.cursor === undefined ? [] : [...earlier, state.cursor];
}

/** The URL patch that opens the page after the ones `cursors` lead to (see pageCursors). */
export function pageAfter(cursors: readonly string[], cursor: string): CursorPagesState {
  return { cursor, prev: cursors.join(SEPARATOR) || undefined };
}

/** The Pagination component's props for the page the URL names, given the cursor of the page after it. */
export function cursorPagination(
  state: CursorPagesState,
  nextCursor: string | undefined,
  go: (patch: CursorPagesState) => void,
): Pick<PaginationProps, 'currentPageIndex' | 'pagesCount' | 'openEnd' | 'onChange' | 'ariaLabels'> {
  const stack = pageCursors(state);
  const currentPageIndex = stack.length + 1;
  return {
    ariaLabels: PAGE_LABELS,
    currentPageIndex,
    pagesCount: currentPageIndex + (nextCursor === undefined ? 0 : 1),
    openEnd: nextCursor !== undefined,
    onChange: ({ detail }) => {
      const target = detail.currentPageIndex;
      if (target === currentPageIndex + 1 && nextCursor !== undefined) {
        go(pageAfter(stack, nextCursor));
        return;
      }
      if (target < 1 || target > currentPageIndex) return;
      go(target === 1 ? FIRST_PAGE : pageAfter(stack.slice(0, target - 2), stack[target - 2] as string));
    },
  };
}
