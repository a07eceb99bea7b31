import type { Account, User } from '@chime-console/contracts';
import { useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { paths } from '@/config/paths.ts';
import { UserHistory } from '@/features/audit/components/user-history.tsx';
import { useResendInvitationAction } from '@/features/invitations/components/resend-invitation-button.tsx';
import { useAccount } from '@/features/users/api/get-account.ts';
import { useUser } from '@/features/users/api/get-user.ts';
import { UserOverview } from '@/features/users/components/user-overview.tsx';
import { accountTrail } from '../layout/breadcrumbs.ts';
import { PageLayout } from '../layout/page-layout.tsx';

/** One user: every field but the PIN, and the actions the role allows (resend invitation comes from the invitations feature). */
export function UserRoute() {
  const { accountId = '', userId = '' } = useParams();
  const account = useAccount(accountId);
  const user = useUser(accountId, userId);
  const breadcrumbs = [
    ...accountTrail(accountId, account.data?.name ?? accountId, 'users'),
    { text: user.data?.email ?? userId, href: paths.user.to(accountId, userId) },
  ];
  const failed = account.error ?? user.error;
  return (
    <PageLayout breadcrumbs={breadcrumbs}>
      {failed ? (
        <QueryErrorAlert
          header={account.isError ? 'Could not load the account' : 'Could not load the user'}
          error={failed}
          onRetry={() => void Promise.all([account.refetch(), user.refetch()])}
        />
      ) : account.data && user.data ? (
        <LoadedUser account={account.data} user={user.data} onChanged={() => void user.refetch()} />
      ) : (
        <PageSpinner />
      )}
    </PageLayout>
  );
}

/** The user once loaded: resending an invitation (the invitations feature) joins the user's Actions menu. */
function LoadedUser({ account, user, onChanged }: { account: Account; user: User; onChanged: () => void }) {
  const resend = useResendInvitationAction(user, onChanged);
  return (
    <UserOverview account={account} user={user} extraActions={resend ? [resend] : []}>
      <UserHistory accountId={account.id} userId={user.id} />
    </UserOverview>
  );
}
