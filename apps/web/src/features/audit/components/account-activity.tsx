import type { Account } from '@chime-console/contracts';
import { AdminsOnly } from '@/components/admins-only.tsx';
import { useMay } from '@/features/auth/use-session.ts';
import { AuditBrowser } from './audit-browser.tsx';

/** The account page's activity tab: this account's audit entries, for admins (the BFF refuses anyone else). */
export function AccountActivity({ account }: { account: Account }) {
  const administer = useMay('administer');
  if (!administer) return <AdminsOnly what="The activity of an account" />;
  return (
    <AuditBrowser
      title="Activity"
      description={`What console users did to ${account.name} and its users, newest first.`}
      accountId={account.id}
      variant="container"
    />
  );
}
