import { jobStatusSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { CommitInput } from '@/components/commit-input.tsx';
import { InfoLink } from '@/components/help/info-link.tsx';
import { pageCounter, TableShell } from '@/components/table-shell.tsx';
import { cursorPagination, FIRST_PAGE } from '@/lib/cursor-pages.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { useJobs } from '../api/list-jobs.ts';
import { useJobsView } from '../hooks/use-jobs-view.ts';
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
    <TableShell
      variant="full-page"
      title="Bulk jobs"
      counter={page && pageCounter(page.items.length, page.nextCursor !== undefined)}
      info={<InfoLink about="bulk jobs" />}
      description="Invitations and user changes sent in bulk, run on the server in chunks. Start one from an account's users tab."
      actions={<Button iconName="refresh" ariaLabel="Refresh jobs" loading={jobs.isFetching} onClick={() => void jobs.refetch()} />}
      items={page?.items ?? []}
      trackBy="id"
      loading={jobs.isPending || jobs.isPlaceholderData}
      loadingText="Loading jobs"
      columnDefinitions={jobColumns(follow, accountLabel)}
      // Long job names and counts ("Change license of 120 users to Pro", "50 ok, 0 failed, 10 cancelled") wrap to fit the window.
      wrapLines
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
      pagination={{ ...cursorPagination(view, page?.nextCursor, update), disabled: jobs.isFetching }}
      preferences={{ pageSize: view.pageSize, itemsName: 'jobs', onPageSizeChange: (pageSize) => setFilters({ pageSize }) }}
      query={jobs}
      errorHeader="Could not load jobs"
      onFirstPage={() => update(FIRST_PAGE)}
      empty={
        filtered
          ? {
              title: 'No matching jobs',
              description: 'No job matches these filters.',
              action: <Button onClick={() => setFilters({ status: undefined, accountId: undefined })}>Clear filters</Button>,
            }
          : { title: 'No jobs yet', description: 'Inviting users or changing many users at once starts a job.' }
      }
    />
  );
}
