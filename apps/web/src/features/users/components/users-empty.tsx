import Button from '@cloudscape-design/components/button';
import type { EmptyStateProps } from '@/components/empty-state.tsx';
import type { ResponseOf } from '@/lib/api-client.ts';
import { formatCount } from '@/lib/format.ts';

type Scan = NonNullable<ResponseOf<'listUsers'>['scan']>;

/** Chime cannot filter by status or license: the BFF reads its pages and says how many users it looked at. */
export function scanText(scan: Scan): string {
  const read = `Filtered by scanning ${scan.upstreamItems} user${scan.upstreamItems === 1 ? '' : 's'}`;
  return scan.complete ? `${read}.` : `${read} so far; the next page continues the scan.`;
}

/** The filter's count: exact where the index gives a total, else the rows of this page ("50+ matches"). */
export function matchesText(shown: number, more: boolean, total: number | undefined): string {
  const count = total ?? shown;
  return `${formatCount(count)}${total === undefined && more ? '+' : ''} ${count === 1 ? 'match' : 'matches'}`;
}

interface UsersEmptyOptions {
  filtered: boolean;
  scan: Scan | undefined;
  onClear: () => void;
  /** Admins of a Team account: the way to a first user is an invitation. */
  onInvite: (() => void) | undefined;
  /** Admins: where Chime takes no invitations, a user is created. */
  onCreate: (() => void) | undefined;
}

export function usersEmptyState({ filtered, scan, onClear, onInvite, onCreate }: UsersEmptyOptions): EmptyStateProps {
  if (!filtered) {
    const action = onInvite ? (
      <Button onClick={onInvite}>Invite users</Button>
    ) : onCreate ? (
      <Button onClick={onCreate}>Create user</Button>
    ) : undefined;
    return { title: 'No users', description: 'This account has no users yet.', action };
  }
  return {
    title: 'No users match',
    description: `${scan && !scan.complete ? `${scanText(scan)} Try the next page, or ` : 'Try '}other filters.`,
    action: <Button onClick={onClear}>Clear filters</Button>,
  };
}
