import Alert from '@cloudscape-design/components/alert';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { Navigate } from 'react-router';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { paths } from '@/config/paths.ts';
import { ApiError, messageOf } from '@/lib/api-error.ts';
import { useLookupUser } from '../api/lookup-user.ts';

/**
 * Asks Chime which account holds exactly this email and opens the user there: the way when the
 * index has not seen them yet, and what links from tickets (/find-user?email=…) do.
 */
export function ExactEmailLookup({ email }: { email: string }) {
  const lookup = useLookupUser(email);
  if (lookup.data) return <Navigate to={paths.user.to(lookup.data.account.id, lookup.data.user.id)} replace />;
  if (lookup.isPending) return <StatusIndicator type="loading">Looking up {email} in Chime</StatusIndicator>;
  if (lookup.error instanceof ApiError && lookup.error.status === 404)
    return (
      <Alert type="warning" header="Not found in Chime">
        {messageOf(lookup.error)}
      </Alert>
    );
  return <QueryErrorAlert header="Could not look up the user" error={lookup.error} onRetry={() => void lookup.refetch()} />;
}
