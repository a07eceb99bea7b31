import { AccountsTable } from '@/features/accounts/components/accounts-table.tsx';
import type { Permission } from '@/features/accounts/permission.ts';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { accountsCrumb } from '../layout/breadcrumbs.ts';
import { PageLayout } from '../layout/page-layout.tsx';

export function AccountsRoute() {
  const mayManage = useMay('manageAccounts');
  const permission: Permission = mayManage ? { allowed: true } : { allowed: false, reason: ROLE_REASON.manageAccounts };
  return (
    <PageLayout contentType="table" breadcrumbs={[accountsCrumb]}>
      <AccountsTable permission={permission} />
    </PageLayout>
  );
}
