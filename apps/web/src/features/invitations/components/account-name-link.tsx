import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';

/** An account of the overview, by name, opening its pending invitations (the ones to chase); its ID below, for tickets. */
export function AccountNameLink({ accountId, accountName }: { accountId: string; accountName: string }) {
  const follow = useFollow();
  return (
    <div>
      <Link href={paths.account.to(accountId, 'invitations', '?status=Pending')} onFollow={follow}>
        {accountName}
      </Link>
      <Box color="text-body-secondary" fontSize="body-s">
        {accountId}
      </Box>
    </div>
  );
}
