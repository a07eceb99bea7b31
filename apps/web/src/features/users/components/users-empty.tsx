import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ResponseOf } from '@/lib/api-client.ts';

type Scan = NonNullable<ResponseOf<'listUsers'>['scan']>;

/** Chime cannot filter by status or license: the BFF reads its pages and says how many users it looked at. */
export function scanText(scan: Scan): string {
  const read = `Filtered by scanning ${scan.upstreamItems} user${scan.upstreamItems === 1 ? '' : 's'}`;
  return scan.complete ? `${read}.` : `${read} so far; the next page continues the scan.`;
}

interface UsersEmptyProps {
  filtered: boolean;
  scan: Scan | undefined;
  onClear: () => void;
}

export function UsersEmpty({ filtered, scan, onClear }: UsersEmptyProps) {
  if (!filtered) {
    return (
      <Box textAlign="center" color="inherit">
        <b>No users</b>
        <Box variant="p" color="inherit">
          This account has no users yet.
        </Box>
      </Box>
    );
  }
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="xs">
        <b>No users match</b>
        <Box variant="p" color="inherit">
          {scan && !scan.complete ? `${scanText(scan)} Try the next page, or ` : 'Try '}other filters.
        </Box>
        <Button onClick={onClear}>Clear filters</Button>
      </SpaceBetween>
    </Box>
  );
}
