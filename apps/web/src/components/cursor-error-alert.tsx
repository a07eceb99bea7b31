import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { ApiError, messageOf } from '@/lib/api-error.ts';

/** The BFF refuses a page cursor that is damaged or belongs to other filters (an edited or stale link). */
export function isCursorError(error: unknown): boolean {
  return error instanceof ApiError && (error.problem.code === 'invalid_cursor' || error.problem.code === 'cursor_mismatch');
}

/** Retrying the same cursor cannot help: the way out is the first page of the same filters. */
export function CursorErrorAlert({ error, onFirstPage }: { error: unknown; onFirstPage: () => void }) {
  return (
    <Alert
      type="error"
      header="This page of the list cannot be opened"
      action={<Button onClick={onFirstPage}>Go to the first page</Button>}
    >
      {messageOf(error)}
    </Alert>
  );
}
