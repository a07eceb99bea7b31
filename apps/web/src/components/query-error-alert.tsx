import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { ApiError, explain } from '@/lib/api-error.ts';

interface QueryErrorAlertProps {
  error: unknown;
  /** What failed, e.g. "Could not load users". */
  header: string;
  onRetry?: () => void;
}

/** A failed load or action, shown where it happened: what failed, why, what to do, and Retry when it may help. */
export function QueryErrorAlert({ error, header, onRetry }: QueryErrorAlertProps) {
  const requestId = error instanceof ApiError ? error.problem.requestId : undefined;
  return (
    <Alert type="error" header={header} action={onRetry && <Button onClick={onRetry}>Retry</Button>}>
      {explain(error)}
      {requestId !== undefined && <div>Request ID: {requestId}</div>}
    </Alert>
  );
}
