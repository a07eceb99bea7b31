import { useNavigate } from 'react-router';
import { paths } from '@/config/paths.ts';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form.tsx';
import { startPage } from '@/features/auth/start-page.ts';
import { useSession } from '@/features/auth/use-session.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function ChangePasswordRoute() {
  const session = useSession();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  return (
    <PageLayout breadcrumbs={[{ text: 'Change password', href: paths.changePassword.to() }]} contentType="form">
      <ChangePasswordForm
        forced={session.mustChangePassword}
        onChanged={() => {
          notify({ id: 'password-changed', type: 'success', content: 'Your password was changed. Your other sessions were signed out.' });
          void navigate(startPage(session.role));
        }}
      />
    </PageLayout>
  );
}
