import type { Account } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import Tabs, { type TabsProps } from '@cloudscape-design/components/tabs';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { AdminsOnly } from '@/components/admins-only.tsx';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { isNotFound, QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { ACCOUNT_TABS, paths, type AccountTab } from '@/config/paths.ts';
import { useAccount } from '@/features/accounts/api/get-account.ts';
import { AccountOverview } from '@/features/accounts/components/account-overview.tsx';
import { AccountSettingsTab } from '@/features/accounts/components/account-settings.tsx';
import type { Permission } from '@/features/accounts/permission.ts';
import { AccountActivity } from '@/features/audit/components/account-activity.tsx';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { AccountInvitationsTab } from '@/features/invitations/components/account-invitations-tab.tsx';
import { useStartJob } from '@/features/jobs/api/create-job.ts';
import { JobPanel } from '@/features/jobs/components/job-panel.tsx';
import { activeUsersReason, useActiveUsers } from '@/features/users/api/count-active-users.ts';
import { AccountUsersTab } from '@/features/users/components/account-users-tab.tsx';
import { useFollow } from '@/lib/use-follow.ts';
import { accountTabLabel, accountTrail } from '../layout/breadcrumbs.ts';
import { PageLayout } from '../layout/page-layout.tsx';

const isAccountTab = (value: string): value is AccountTab => (ACCOUNT_TABS as readonly string[]).includes(value);

/** One account, a tab per concern; the tab is the last path segment so back/forward and pasted links work. */
export function AccountRoute() {
  const { accountId = '', tab = 'overview' } = useParams();
  const account = useAccount(accountId);
  const follow = useFollow();
  if (!isAccountTab(tab)) return <Navigate to={paths.account.to(accountId)} replace />;

  return (
    <PageLayout breadcrumbs={accountTrail(accountId, account.data?.name ?? accountId, tab)}>
      {account.isPending && <PageSpinner />}
      {account.isError && (
        <QueryErrorAlert
          header={isNotFound(account.error) ? `Account ${accountId} not found` : `Could not load account ${accountId}`}
          error={account.error}
          onRetry={() => void account.refetch()}
          action={
            isNotFound(account.error) ? (
              <Button href={paths.accounts.to()} onFollow={follow}>
                Back to accounts
              </Button>
            ) : undefined
          }
        />
      )}
      {account.data && <AccountPage account={account.data} tab={tab} />}
    </PageLayout>
  );
}

function AccountPage({ account, tab }: { account: Account; tab: AccountTab }) {
  const navigate = useNavigate();
  const mayManage = useMay('manageAccounts');
  const mayAudit = useMay('administer');
  // Bulk work runs as jobs (features/jobs); the users tab gets them from here.
  const startJob = useStartJob();
  const permission: Permission = mayManage ? { allowed: true } : { allowed: false, reason: ROLE_REASON.manageAccounts };
  const activeUsers = useActiveUsers(account.id, mayManage && tab === 'overview');
  const content: Record<AccountTab, ReactNode> = {
    overview: <AccountOverview account={account} permission={permission} deleteRefusal={activeUsersReason(activeUsers)} />,
    users: <AccountUsersTab account={account} jobs={{ start: startJob, Panel: JobPanel }} />,
    invitations: <AccountInvitationsTab account={account} />,
    settings: <AccountSettingsTab account={account} permission={permission} />,
    activity: mayAudit ? <AccountActivity account={account} /> : <AdminsOnly what="This account's activity (from the audit log)" />,
  };
  // A role that cannot read the audit log does not see the tab; a pasted link to it still opens, to say why.
  const shown = ACCOUNT_TABS.filter((id) => id !== 'activity' || mayAudit || tab === 'activity');
  const tabs: TabsProps.Tab[] = shown.map((id) => ({
    id,
    label: accountTabLabel(id),
    href: paths.account.to(account.id, id),
    content: content[id],
  }));

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            <>
              {account.type ?? 'Chime'} account · ID {account.id}{' '}
              <CopyToClipboard
                variant="icon"
                textToCopy={account.id}
                copyButtonAriaLabel="Copy account ID"
                copySuccessText="Account ID copied"
                copyErrorText="Account ID could not be copied"
              />
            </>
          }
        >
          {account.name}
        </Header>
      }
    >
      <Tabs
        tabs={tabs}
        activeTabId={tab}
        ariaLabel="Account"
        onChange={({ detail }) => {
          if (isAccountTab(detail.activeTabId)) void navigate(paths.account.to(account.id, detail.activeTabId));
        }}
      />
    </ContentLayout>
  );
}
