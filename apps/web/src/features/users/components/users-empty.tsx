import Button from '@cloudscape-design/components/button';
import type { EmptyStateProps } from '@/components/empty-state.tsx';
import type { ResponseOf } from '@/lib/api-client.ts';

type Scan = NonNullable<ResponseOf<'listUsers'>['scan']>;

/** Chime cannot filter by status or license: the BFF reads its pages and says how many users it looked at. */
export function scanText(scan: Scan): string {
  const read = `Filtered by scanning ${scan.upstreamItems} user${scan.upstreamItems === 1 ? '' : 's'}`;
  return scan.complete ? `${read}.` : `${read} so far; the next page continues the scan.`;
}

export function usersEmptyState(filtered: boolean, scan: Scan | undefined, onClear: () => void): EmptyStateProps {
  if (!filtered) return { title: 'No users', description: 'This account has no users yet.' };
  return {
    title: 'No users match',
    description: `${scan && !scan.complete ? `${scanText(scan)} Try the next page, or ` : 'Try '}other filters.`,
    action: <Button onClick={onClear}>Clear filters</Button>,
  };
}
