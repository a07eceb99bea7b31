import { accountNameSchema, emailSchema } from '@chime-console/contracts';
import { useCallback } from 'react';
import { z } from 'zod';
import { cursorPagesShape, cursorPagination, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { parseUrlState, useUrlState } from '@/lib/url-state.ts';

const accountsViewShape = {
  namePrefix: accountNameSchema.optional(),
  userEmail: emailSchema.optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  ...cursorPagesShape,
};

const queryOf = ({
  namePrefix,
  userEmail,
  pageSize,
  cursor,
}: {
  namePrefix?: string | undefined;
  userEmail?: string | undefined;
  pageSize: number;
  cursor?: string | undefined;
}) => ({
  namePrefix,
  userEmail,
  pageSize,
  cursor,
});

/** The accounts query a URL asks for, read before the page renders so the fetch can start with the page's code. */
export function accountsQueryFromUrl(searchParams: URLSearchParams) {
  return queryOf(parseUrlState(accountsViewShape, searchParams));
}

/**
 * The accounts list's view, all in the URL: filters, page size and where in the open-ended page
 * chain we are. A cursor is only valid with the filters it was issued for, so any filter or page
 * size change starts again from the first page.
 */
export function useAccountsView() {
  const [view, setView] = useUrlState(accountsViewShape);
  const { namePrefix, userEmail, pageSize } = view;

  const setFilters = useCallback(
    (filters: { namePrefix?: string | undefined; userEmail?: string | undefined }) => setView({ ...filters, ...FIRST_PAGE }),
    [setView],
  );
  const setPageSize = useCallback((size: number) => setView({ pageSize: size, ...FIRST_PAGE }), [setView]);
  const firstPage = useCallback(() => setView(FIRST_PAGE), [setView]);
  /** The Pagination props, once the current page has said whether another follows. */
  const pagination = (nextCursor: string | undefined) => cursorPagination(view, nextCursor, setView);

  const query = queryOf(view);
  return { namePrefix, userEmail, pageSize, query, setFilters, setPageSize, firstPage, pagination };
}
