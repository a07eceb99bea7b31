import { AdminsOnly } from '@/components/admins-only.tsx';
import { paths } from '@/config/paths.ts';
import { useMay, useSession } from '@/features/auth/use-session.ts';
import { ConsoleUsersTable } from '@/features/console-users/components/console-users-table.tsx';
import { RolesHelp } from '@/features/console-users/components/roles-help.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function ConsoleUsersRoute() {
  const session = useSession();
  const administer = useMay('administer');
  return (
    <PageLayout
      breadcrumbs={[{ text: 'Console users', href: paths.consoleUsers.to() }]}
      contentType="table"
      help={administer ? <RolesHelp /> : undefined}
    >
      {administer ? <ConsoleUsersTable currentUsername={session.username} /> : <AdminsOnly what="Managing console users" />}
    </PageLayout>
  );
}
