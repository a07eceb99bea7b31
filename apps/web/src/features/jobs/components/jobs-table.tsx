import { jobStatusSchema } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { CommitInput } from '@/components/commit-input.tsx';
import { TableEmpty } from '@/components/table-empty.tsx';
import { cursorPagination, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useJobs } from '../api/list-jobs.ts';
import { JOB_PAGE_SIZES, useJobsView } from '../hooks/use-jobs-view.ts';
import { jobColumns } from './jobs-columns.tsx';

const ANY = { value: '', label: 'Any status' };
const STATUS_OPTIONS = [
  ANY,
  { value: 'running', label: 'Running' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** Every bulk job, newest first: filters and the page in the URL; progress moves while a job on the page runs. */
export function JobsTable({ accountLabel }: { accountLabel: (accountId: string) => ReactNode }) {
  const follow = useFollow();
  const [view, { query, update, setFilters }] = useJobsView();
  const jobs = useJobs(query);
  const page = jobs.data;
  const filtered = view.status !== undefined || view.accountId !== undefined;
  return (
    <Table
      variant="full-page"
      items={jobs.isError ? [] : (page?.items ?? [])}
      trackBy="id"
      loading={jobs.isPending || jobs.isPlaceholderData}
      loadingText="Loading jobs"
      columnDefinitions={jobColumns(follow, accountLabel)}
      ariaLabels={{ tableLabel: 'Bulk jobs' }}
      header={
        <Header
          variant="awsui-h1-sticky"
          description="Invitations and user changes sent in bulk, run on the server in chunks. Start one from an account's users tab."
          actions={<Button iconName="refresh" ariaLabel="Refresh jobs" loading={jobs.isFetching} onClick={() => void jobs.refetch()} />}
        >
          Bulk jobs
        </Header>
      }
      filter={
        <SpaceBetween direction="horizontal" size="s">
          <Select
            inlineLabelText="Status"
            selectedOption={STATUS_OPTIONS.find((option) => option.value === (view.status ?? '')) ?? ANY}
            options={STATUS_OPTIONS}
            onChange={({ detail }) => setFilters({ status: jobStatusSchema.safeParse(detail.selectedOption.value).data })}
          />
          <CommitInput
            key={view.accountId ?? ''}
            value={view.accountId}
            ariaLabel="Account ID"
            placeholder="Account ID"
            onCommit={(accountId) => setFilters({ accountId })}
          />
        </SpaceBetween>
      }
      pagination={<Pagination {...cursorPagination(view, page?.nextCursor, update)} disabled={jobs.isFetching} />}
      preferences={
        <CollectionPreferences
          title="Preferences"
          confirmLabel="Confirm"
          cancelLabel="Cancel"
          preferences={{ pageSize: view.pageSize }}
          pageSizePreference={{ title: 'Jobs per page', options: JOB_PAGE_SIZES.map((value) => ({ value, label: `${value} jobs` })) }}
          onConfirm={({ detail }) => setFilters({ pageSize: detail.pageSize ?? view.pageSize })}
        />
      }
      empty={
        <TableEmpty
          isError={jobs.isError}
          error={jobs.error}
          errorHeader="Could not load jobs"
          onRetry={() => void jobs.refetch()}
          onFirstPage={() => update(FIRST_PAGE)}
        >
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>{filtered ? 'No matching jobs' : 'No jobs yet'}</b>
              <Box variant="p" color="inherit">
                {filtered ? 'No job matches these filters.' : 'Inviting users or changing many users at once starts a job.'}
              </Box>
              {filtered && <Button onClick={() => setFilters({ status: undefined, accountId: undefined })}>Clear filters</Button>}
            </SpaceBetween>
          </Box>
        </TableEmpty>
      }
    />
  );
}
