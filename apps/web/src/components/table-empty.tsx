import Box from '@cloudscape-design/components/box';
import type { ReactNode } from 'react';
import { CursorErrorAlert, isCursorError } from './cursor-error-alert.tsx';
import { QueryErrorAlert } from './query-error-alert.tsx';

interface TableEmptyProps {
  /** The list failed to load: its empty state would be false ("no users yet"), so the error takes its place. */
  isError: boolean;
  error: unknown;
  /** What failed, e.g. "Could not load users". */
  errorHeader: string;
  onRetry: () => void;
  /** Where the list has page cursors: a stale one cannot be retried, the way out is the first page. */
  onFirstPage?: () => void;
  /** The empty state proper, for a list that loaded and holds nothing. */
  children: ReactNode;
}

/**
 * A table's empty slot: the load error with Retry when the list failed (the table is given no
 * items then), otherwise what an empty list means. Every table shows a failure the same way.
 */
export function TableEmpty({ isError, error, errorHeader, onRetry, onFirstPage, children }: TableEmptyProps) {
  if (!isError) return children;
  return (
    <Box textAlign="left">
      {onFirstPage !== undefined && isCursorError(error) ? (
        <CursorErrorAlert error={error} onFirstPage={onFirstPage} />
      ) : (
        <QueryErrorAlert header={errorHeader} error={error} onRetry={onRetry} />
      )}
    </Box>
  );
}
