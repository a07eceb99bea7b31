import { emailSchema, invitationStatusSchema, licenseSchema, registrationStatusSchema, userTypeSchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { pageSizeSchema } from '@/lib/page-sizes.ts';
import { useUrlState } from '@/lib/url-state.ts';
import type { ListUsersInput } from '../api/list-users.ts';

/** The users tab's view, all in the URL: filters, page size, page cursor, and whether the invite dialog is open. */
const usersViewShape = {
  email: emailSchema.optional(),
  userType: userTypeSchema.optional(),
  registrationStatus: registrationStatusSchema.optional(),
  invitationStatus: invitationStatusSchema.optional(),
  license: licenseSchema.optional(),
  pageSize: pageSizeSchema(50),
  ...cursorPagesShape,
  invite: z.literal('open').optional(),
};

type Schemas = typeof usersViewShape;
export type UsersFilters = { [K in 'email' | 'userType' | 'registrationStatus' | 'invitationStatus' | 'license']: z.output<Schemas[K]> };

export function useUsersView() {
  const [view, update] = useUrlState(usersViewShape);
  const { email, userType, registrationStatus, invitationStatus, license } = view;
  const filters: UsersFilters = { email, userType, registrationStatus, invitationStatus, license };
  const query: ListUsersInput = { ...filters, pageSize: view.pageSize, cursor: view.cursor };
  /** A cursor only fits the filters it was issued for: any filter or page-size change starts at page one. */
  const setFilters = (patch: Partial<UsersFilters> & { pageSize?: number }) => update({ ...patch, ...FIRST_PAGE });
  return [view, { filters, query, update, setFilters }] as const;
}
