import { paths } from '@/config/paths.ts';
import { FindUserForm } from '@/features/users/components/find-user-form.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function FindUserRoute() {
  return (
    <PageLayout
      contentType="form"
      breadcrumbs={[
        { text: 'Chime Console', href: paths.accounts.to() },
        { text: 'Find a user', href: paths.findUser.to() },
      ]}
    >
      <FindUserForm />
    </PageLayout>
  );
}
