import { listUsersQuerySchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { pageSizeSchema } from '@/lib/page-sizes.ts';
import { useUrlState } from '@/lib/url-state.ts';
import type { ListUsersInput } from '../api/list-users.ts';
import type { UsersFilters } from './users-filter-query.ts';

/** The users tab's view, all in the URL: filters, page size, page cursor, and whether the invite dialog is open. */
const { email, userType, registrationStatus, invitationStatus, license, nameContains } = listUsersQuerySchema.shape;
const usersViewShape = {
  email,
  userType,
  registrationStatus,
  invitationStatus,
  license,
  nameContains,
  pageSize: pageSizeSchema(50),
  ...cursorPagesShape,
  invite: z.literal('open').optional(),
};

export function useUsersView() {
  const [view, update] = useUrlState(usersViewShape);
  const filters: UsersFilters = {
    email: view.email,
    userType: view.userType,
    registrationStatus: view.registrationStatus,
    invitationStatus: view.invitationStatus,
    license: view.license,
    nameContains: view.nameContains,
  };
  const query: ListUsersInput = { ...filters, pageSize: view.pageSize, cursor: view.cursor };
  /**
   * A cursor only fits the filters it was issued for: any filter or page-size change starts at page
   * one. `replace` keeps a search typed letter by letter to one history entry.
   */
  const setFilters = (patch: Partial<UsersFilters> & { pageSize?: number }, options?: { replace?: boolean }) =>
    update({ ...patch, ...FIRST_PAGE }, options);
  return [view, { filters, query, update, setFilters }] as const;
}
