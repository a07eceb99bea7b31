import { useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { paths } from '@/config/paths.ts';
import { ResendInvitationButton } from '@/features/invitations/components/resend-invitation-button.tsx';
import { useAccount } from '@/features/users/api/get-account.ts';
import { useUser } from '@/features/users/api/get-user.ts';
import { UserOverview } from '@/features/users/components/user-overview.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

/** One user: every field but the PIN, and the actions the role allows (resend invitation comes from the invitations feature). */
export function UserRoute() {
  const { accountId = '', userId = '' } = useParams();
  const account = useAccount(accountId);
  const user = useUser(accountId, userId);
  const breadcrumbs = [
    { text: 'Accounts', href: paths.accounts.to() },
    { text: account.data?.name ?? 'Account', href: paths.account.to(accountId) },
    { text: 'Users', href: paths.account.to(accountId, 'users') },
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
        <UserOverview
          account={account.data}
          user={user.data}
          extraActions={<ResendInvitationButton user={user.data} onResent={() => void user.refetch()} />}
        />
      ) : (
        <PageSpinner />
      )}
    </PageLayout>
  );
}
