import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { startPage } from '@/features/auth/start-page.ts';
import { paths } from '@/config/paths.ts';

/** `/`: each role's own start page. RequireSession has the session by the time this renders. */
export function HomeRoute() {
  const session = useQuery(sessionQueryOptions());
  return <Navigate to={session.data ? startPage(session.data.role) : paths.accounts.to()} replace />;
}
