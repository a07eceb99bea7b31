import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import { paths } from '@/config/paths.ts';
import { ApiError } from '@/lib/api-error.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useAccountName } from '../api/get-account-name.ts';

/** An account of the overview, by name, opening its pending invitations; the console's records outlive a deleted account. */
export function AccountNameLink({ accountId }: { accountId: string }) {
  const follow = useFollow();
  const name = useAccountName(accountId);
  const gone = name.error instanceof ApiError && name.error.status === 404;
  return (
    <div>
      <Link href={paths.account.to(accountId, 'invitations', '?status=Pending')} onFollow={follow}>
        {name.data ?? (gone ? 'Deleted account' : accountId)}
      </Link>
      <Box color="text-body-secondary" fontSize="body-s">
        {name.data !== undefined || gone ? accountId : name.isPending ? 'Loading name…' : 'Name unavailable'}
      </Box>
    </div>
  );
}
