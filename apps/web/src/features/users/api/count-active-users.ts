import { useQueries } from '@tanstack/react-query';
import { listUsersQueryOptions } from './list-users.ts';

/** What is known of an account's users that are not suspended: an exact count (from the index), or only whether there is one. */
export type ActiveUsers = { known: false } | { known: true; count: number; exact: boolean };

const ACTIVE = ['Unregistered', 'Registered'] as const;

/**
 * Chime deletes an account only once every user is suspended. One user of each active status is
 * asked for: the index answers with totals; a scan of Chime only says whether there is one. The
 * queries are the users list's, so a bulk suspend refreshes them.
 */
export function useActiveUsers(accountId: string, enabled: boolean): ActiveUsers {
  const pages = useQueries({
    queries: ACTIVE.map((registrationStatus) => ({
      ...listUsersQueryOptions(accountId, { registrationStatus, pageSize: 1 }),
      enabled,
    })),
  });
  const answers = pages.map((page) => page.data);
  if (answers.some((page) => page === undefined || (page.total === undefined && page.scan?.complete === false && page.items.length === 0)))
    return { known: false };
  const exact = answers.every((page) => page?.total !== undefined);
  const count = answers.reduce((sum, page) => sum + (page?.total ?? page?.items.length ?? 0), 0);
  return { known: true, count, exact };
}

/** Why Delete is off while users are active, or nothing where Chime would allow it (or it is not known). */
export function activeUsersReason(active: ActiveUsers): string | undefined {
  if (!active.known || active.count === 0) return undefined;
  const some = active.exact ? `${active.count} user${active.count === 1 ? ' is' : 's are'}` : 'Some users are';
  return `${some} still active. Chime deletes an account only once every user is suspended: suspend them in the Users tab first.`;
}
