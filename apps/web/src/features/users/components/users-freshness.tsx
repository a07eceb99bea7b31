import Button from '@cloudscape-design/components/button';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { explain } from '@/lib/api-error.ts';
import { formatCount, formatDateTime, formatRelativeTime } from '@/lib/format.ts';
import { useRefreshAccountUsers } from '../api/refresh-account-users.ts';

interface UsersFreshnessProps {
  accountId: string;
  /** Users matching the filters in all. */
  total: number;
  /** When the index last read the account's users in full from Chime. */
  asOf: string | undefined;
}

/**
 * Under the users table's title when the list comes from the index: how many in all, how fresh,
 * and Refresh to read the account from Chime now (someone added a user there a moment ago).
 */
export function UsersFreshness({ accountId, total, asOf }: UsersFreshnessProps) {
  const refresh = useRefreshAccountUsers(accountId);
  return (
    // Inline only: a header's description is a paragraph.
    <>
      <span>
        {formatCount(total)} user{total === 1 ? '' : 's'}
        {asOf !== undefined && (
          <>
            , as of{' '}
            <time dateTime={asOf} title={formatDateTime(asOf)}>
              {formatRelativeTime(asOf)}
            </time>
          </>
        )}
        .
      </span>{' '}
      <Button
        variant="inline-link"
        iconName="refresh"
        loading={refresh.isPending}
        ariaLabel="Refresh users from Chime"
        onClick={() => refresh.mutate()}
      >
        Refresh
      </Button>
      {refresh.isError && <StatusIndicator type="error">Not refreshed: {explain(refresh.error)}</StatusIndicator>}
    </>
  );
}
