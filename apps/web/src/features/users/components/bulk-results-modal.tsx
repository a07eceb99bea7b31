import type { ItemResult } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQueryClient } from '@tanstack/react-query';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { accountUsersQueryKey } from '../api/list-users.ts';
import type { BulkJobs } from '../bulk/bulk-jobs.ts';
import { describeBulkAction, type BulkOutcome, type BulkRun } from '../bulk/use-bulk-action.ts';

interface BulkResultsModalProps {
  accountId: string;
  outcome: BulkOutcome;
  jobs: BulkJobs;
  onDismiss: () => void;
  /** Runs the action again for the users it failed for (direct calls; a job retries its own). */
  onRetry: (run: BulkRun) => void;
}

/** Every user of a bulk action with its own result: Chime's batch calls succeed or fail user by user. */
export function BulkResultsModal({ accountId, outcome, jobs, onDismiss, onRetry }: BulkResultsModalProps) {
  const queryClient = useQueryClient();
  const emails = new Map(outcome.users.map((user) => [user.id, user.email ?? user.id]));
  const failed = outcome.via === 'direct' ? outcome.results.filter((result) => !result.ok) : [];
  const retry = () => {
    const ids = new Set(failed.map((result) => result.userId));
    onRetry({ action: outcome.action, users: outcome.users.filter((user) => ids.has(user.id)) });
  };
  return (
    <ConfirmModal
      size={outcome.via === 'job' ? 'x-large' : 'large'}
      header={`${describeBulkAction(outcome.action, outcome.users.length)}: ${outcome.via === 'job' ? 'job' : 'results'}`}
      confirmLabel="Close"
      onConfirm={onDismiss}
      onCancel={onDismiss}
      cancelable={false}
      secondaryActions={failed.length > 0 && <Button onClick={retry}>Retry {failed.length} failed</Button>}
    >
      {outcome.via === 'job' ? (
        <jobs.Panel
          jobId={outcome.jobId}
          resultsHeader="Results per user"
          targetLabel={(userId) => emails.get(userId) ?? userId}
          onFinished={() => void queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) })}
        />
      ) : (
        <DirectResults results={outcome.results} emails={emails} />
      )}
    </ConfirmModal>
  );
}

function DirectResults({ results, emails }: { results: readonly ItemResult[]; emails: ReadonlyMap<string, string> }) {
  const failures = results.filter((result) => !result.ok).length;
  return (
    <Table<ItemResult>
      variant="embedded"
      ariaLabels={{ tableLabel: 'Results per user' }}
      items={results}
      trackBy="userId"
      columnDefinitions={[
        { id: 'user', header: 'User', cell: (result) => emails.get(result.userId) ?? result.userId, isRowHeader: true },
        {
          id: 'result',
          header: 'Result',
          cell: (result) =>
            result.ok ? (
              <StatusIndicator type="success">Done</StatusIndicator>
            ) : (
              <StatusIndicator type="error">
                {result.error?.code ?? 'error'}: {result.error?.message ?? 'failed'}
              </StatusIndicator>
            ),
        },
      ]}
      header={
        <Box variant="p">
          {results.length - failures} done, {failures} failed.
        </Box>
      }
    />
  );
}
