import { paths } from '@/config/paths.ts';
import { InvitationOverview } from '@/features/invitations/components/invitation-overview.tsx';
import { InvitationsHelp } from '@/features/invitations/components/invitations-help.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

/** Invitations across all accounts: counts per account, each opening that account's invitations tab. */
export function InvitationsRoute() {
  return (
    <PageLayout breadcrumbs={[{ text: 'Invitations', href: paths.invitations.to() }]} help={<InvitationsHelp />}>
      <InvitationOverview />
    </PageLayout>
  );
}
