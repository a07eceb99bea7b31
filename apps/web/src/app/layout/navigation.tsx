import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useLocation } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useMay } from '@/features/auth/use-session.ts';
import { useFollow } from '@/lib/use-follow.ts';

export function Navigation() {
  const follow = useFollow();
  const { pathname } = useLocation();
  const administer = useMay('administer');
  const items: SideNavigationProps.Item[] = [
    { type: 'link', text: 'Find a user', href: paths.findUser.to() },
    { type: 'link', text: 'Accounts', href: paths.accounts.to() },
    { type: 'link', text: 'Invitations', href: paths.invitations.to() },
    { type: 'link', text: 'Bulk jobs', href: paths.jobs.to() },
    ...(administer
      ? ([
          { type: 'divider' },
          { type: 'link', text: 'Audit log', href: paths.audit.to() },
          { type: 'link', text: 'Console users', href: paths.consoleUsers.to() },
        ] satisfies SideNavigationProps.Item[])
      : []),
  ];
  const activeHref = pathname.startsWith('/accounts') ? paths.accounts.to() : pathname.startsWith('/jobs') ? paths.jobs.to() : pathname;
  return (
    <SideNavigation header={{ text: 'Chime Console', href: paths.accounts.to() }} items={items} activeHref={activeHref} onFollow={follow} />
  );
}
