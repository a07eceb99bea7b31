import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { paths } from '@/config/paths.ts';
import { explain } from '@/lib/api-error.ts';
import type { JobPanelProps } from '@/lib/job-panel-props.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useJob } from '../api/get-job.ts';
import { useJobFinished } from '../hooks/use-job-finished.ts';
import { JobItemsTable, type JobItemsView } from './job-items-table.tsx';
import { JobProgress } from './job-progress.tsx';
import { RetryJobButton } from './retry-job-button.tsx';

/**
 * A job started from a dialog: live progress, then every item's result, Retry failed and the way
 * to the job's own page. The job runs on the server, so closing the dialog stops nothing.
 */
export function JobPanel({ jobId, targetLabel, resultsHeader = 'Results', onFinished }: JobPanelProps) {
  const job = useJob(jobId);
  const follow = useFollow();
  const [view, setView] = useState<JobItemsView>({ pageSize: 50 });
  const [retryError, setRetryError] = useState<unknown>();
  // The notifications follow the job on every page (job-notifications.tsx); here only the caller hears of its end.
  useJobFinished(job.data, (finished) => {
    onFinished?.(finished);
  });

  if (job.isPending) return <PageSpinner />;
  if (job.isError) return <QueryErrorAlert header="Could not load the job" error={job.error} onRetry={() => void job.refetch()} />;
  return (
    <SpaceBetween size="m">
      <JobProgress job={job.data} fromStart />
      <Box variant="p">
        {job.data.status === 'running' && 'The job runs on the server: closing this dialog does not stop it. '}
        <Link href={paths.job.to(jobId)} onFollow={follow}>
          Open the job page
        </Link>
      </Box>
      <RetryJobButton
        job={job.data}
        onError={(error) => {
          setRetryError(error);
        }}
      />
      {retryError !== undefined && (
        <Alert type="error" header="Could not retry the failed items" dismissible onDismiss={() => setRetryError(undefined)}>
          {explain(retryError)}
        </Alert>
      )}
      <JobItemsTable
        job={job.data}
        view={view}
        onViewChange={(patch) => setView((current) => ({ ...current, ...patch }))}
        targetLabel={targetLabel}
        variant="embedded"
        header={resultsHeader}
      />
    </SpaceBetween>
  );
}
