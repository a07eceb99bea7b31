import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { paths } from '@/config/paths.ts';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { JobNotifications } from '@/features/jobs/components/job-notifications.tsx';
import { TopBar } from './top-bar.tsx';

/**
 * Signed-in routes. Without a session (never signed in, expired, or ended by an admin) the person
 * goes to sign-in, which brings them back here after.
 */
export function RequireSession() {
  const location = useLocation();
  const session = useQuery(sessionQueryOptions());
  if (session.isPending) return <PageSpinner />;
  if (session.isError)
    return <QueryErrorAlert header="Could not reach the console" error={session.error} onRetry={() => void session.refetch()} />;
  const here = `${location.pathname}${location.search}`;
  if (session.data === null) return <Navigate to={paths.signIn.to(here)} replace />;
  if (session.data.mustChangePassword && location.pathname !== paths.changePassword.pattern) {
    return <Navigate to={paths.changePassword.to()} replace />;
  }
  return (
    <JobNotifications>
      <TopBar />
      <Outlet />
    </JobNotifications>
  );
}
