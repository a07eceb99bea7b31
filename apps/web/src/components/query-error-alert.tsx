import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import type { ReactNode } from 'react';
import { ApiError, explain } from '@/lib/api-error.ts';

interface QueryErrorAlertProps {
  error: unknown;
  /** What failed, e.g. "Could not load users". */
  header: string;
  onRetry?: () => void;
  /** The way on where retrying cannot help, such as Back to accounts for one that does not exist. */
  action?: ReactNode;
}

/** Something that is not there will not be there on a second try either. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** A failed load or action, shown where it happened: what failed, why, what to do, and Retry when it may help. */
export function QueryErrorAlert({ error, header, onRetry, action }: QueryErrorAlertProps) {
  const requestId = error instanceof ApiError ? error.problem.requestId : undefined;
  const retry = onRetry !== undefined && !isNotFound(error) && <Button onClick={onRetry}>Retry</Button>;
  return (
    <Alert type="error" header={header} action={action ?? retry}>
      {explain(error)}
      {requestId !== undefined && <div>Request ID: {requestId}</div>}
    </Alert>
  );
}
