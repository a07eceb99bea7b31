import { listInvitationsQuerySchema } from '@chime-console/contracts';
import { z } from 'zod';
import { cursorPagesShape, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { pageSizeSchema } from '@/lib/page-sizes.ts';
import { useUrlState } from '@/lib/url-state.ts';
import type { ListInvitationsInput } from '../api/list-invitations.ts';

/** The age filter's choices: pending for more than this many days. */
export const AGE_DAYS = [7, 30] as const;

const text = (max: number) => z.string().trim().min(1).max(max).optional();

/** The invitations tab's view, all in the URL (named as the BFF's query): filters, page size and page. */
const invitationsViewShape = {
  status: listInvitationsQuerySchema.shape.status,
  pendingOlderThanDays: z.coerce
    .number()
    .refine((days) => (AGE_DAYS as readonly number[]).includes(days))
    .optional(),
  sentBy: text(64),
  source: listInvitationsQuerySchema.shape.source,
  emailContains: text(320),
  pageSize: pageSizeSchema(50),
  ...cursorPagesShape,
};

type Schemas = typeof invitationsViewShape;
export type InvitationFilters = { [K in 'status' | 'pendingOlderThanDays' | 'sentBy' | 'source' | 'emailContains']: z.output<Schemas[K]> };

export const NO_FILTERS: InvitationFilters = {
  status: undefined,
  pendingOlderThanDays: undefined,
  sentBy: undefined,
  source: undefined,
  emailContains: undefined,
};

export function useInvitationsView() {
  const [view, update] = useUrlState(invitationsViewShape);
  const { status, pendingOlderThanDays, sentBy, source, emailContains } = view;
  const filters: InvitationFilters = { status, pendingOlderThanDays, sentBy, source, emailContains };
  const query: ListInvitationsInput = { ...filters, pageSize: view.pageSize, cursor: view.cursor };
  /** A cursor only fits the filters it was issued for: any filter or page-size change starts at page one. */
  const setFilters = (patch: Partial<InvitationFilters> & { pageSize?: number }) => update({ ...patch, ...FIRST_PAGE });
  return { view, filters, query, update, setFilters };
}

export type InvitationsView = ReturnType<typeof useInvitationsView>;
