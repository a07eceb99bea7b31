import type { PaginationProps } from '@cloudscape-design/components/pagination';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cursorPagination, pageAfter, pageCursors, type CursorPagesState } from '@/lib/cursor-pages.ts';
import { listUsersQueryOptions, type ListUsersInput } from '../api/list-users.ts';

interface UsersPage {
  nextCursor?: string | undefined;
  total?: number | undefined;
}

/** How many pages `total` users fill, at least one. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * The users table's pagination. Where the index gives a total it shows every page; its cursors are
 * keyset positions, so a page further on is reached by reading the pages before it (each one
 * cached, so Previous is immediate). Without a total it stays open-ended.
 */
export function useUsersPagination(
  accountId: string,
  view: CursorPagesState & { pageSize: number },
  query: ListUsersInput,
  page: UsersPage | undefined,
  go: (patch: CursorPagesState) => void,
): PaginationProps {
  const queryClient = useQueryClient();
  const [walking, setWalking] = useState(false);
  const base = cursorPagination(view, page?.nextCursor, go);
  if (page?.total === undefined) return base;

  const walkTo = async (target: number, nextCursor: string) => {
    setWalking(true);
    const cursors = pageCursors(view);
    let cursor = nextCursor;
    try {
      for (let index = base.currentPageIndex + 1; index < target; index++) {
        const { nextCursor: after }: UsersPage = await queryClient.query(listUsersQueryOptions(accountId, { ...query, cursor }));
        if (after === undefined) break;
        cursors.push(cursor);
        cursor = after;
      }
    } catch {
      // However far the reads got, that page opens: the table reads it again and shows what failed.
    }
    setWalking(false);
    go(pageAfter(cursors, cursor));
  };
  return {
    ...base,
    pagesCount: Math.max(pageCount(page.total, view.pageSize), base.currentPageIndex),
    openEnd: false,
    disabled: walking,
    onChange: (event) => {
      const target = event.detail.currentPageIndex;
      if (target > base.currentPageIndex + 1 && page.nextCursor !== undefined) void walkTo(target, page.nextCursor);
      else base.onChange?.(event);
    },
  };
}
