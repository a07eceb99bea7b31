import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { PageSpinner } from '@/components/page-spinner.tsx';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { explain } from '@/lib/api-error.ts';
import { useJob } from '../api/get-job.ts';
import { useJobItemsView } from '../hooks/use-job-items-view.ts';
import { CancelJobButton } from './cancel-job-button.tsx';
import { JobDetails } from './job-details.tsx';
import { JobItemsTable } from './job-items-table.tsx';
import { describeJob } from './job-labels.tsx';
import { RetryJobButton } from './retry-job-button.tsx';

interface JobPageProps {
  jobId: string;
  /** The account's name where the page can read it (features/accounts, composed by the route). */
  accountLabel: (accountId: string) => ReactNode;
}

/** One job: live progress while it runs, Cancel and Retry failed for admins, every item's result. */
export function JobPage({ jobId, accountLabel }: JobPageProps) {
  const job = useJob(jobId);
  const [view, update] = useJobItemsView();
  const [retryError, setRetryError] = useState<unknown>();
  if (job.isPending) return <PageSpinner />;
  if (job.isError) return <QueryErrorAlert header={`Could not load job ${jobId}`} error={job.error} onRetry={() => void job.refetch()} />;
  // The name recorded when the job was created names it even once the account is deleted.
  const account = job.data.accountName ?? accountLabel(job.data.accountId);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`Job ${job.data.id}`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <RetryJobButton job={job.data} onError={setRetryError} />
              <CancelJobButton job={job.data} account={account} />
            </SpaceBetween>
          }
        >
          {describeJob(job.data)}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {retryError !== undefined && (
          <Alert type="error" header="Could not retry the failed items" dismissible onDismiss={() => setRetryError(undefined)}>
            {explain(retryError)}
          </Alert>
        )}
        <JobDetails job={job.data} account={account} />
        <JobItemsTable job={job.data} view={view} onViewChange={update} variant="container" header="Items" />
      </SpaceBetween>
    </ContentLayout>
  );
}
