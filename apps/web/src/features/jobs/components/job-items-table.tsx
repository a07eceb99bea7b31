import { jobItemStatusSchema, type Job, type JobItem } from '@chime-console/contracts';
import Select from '@cloudscape-design/components/select';
import type { z } from 'zod';
import { TableShell } from '@/components/table-shell.tsx';
import { cursorPagination, FIRST_PAGE, type CursorPagesState } from '@/lib/cursor-pages.ts';
import { useJobItems } from '../api/list-job-items.ts';
import { jobItemColumns } from './job-items-columns.tsx';

type ItemStatus = z.infer<typeof jobItemStatusSchema>;

export interface JobItemsView extends CursorPagesState {
  status?: ItemStatus | undefined;
  pageSize: number;
}

interface JobItemsTableProps {
  job: Job;
  view: JobItemsView;
  onViewChange: (patch: Partial<JobItemsView>) => void;
  /** How a target reads: a user ID as the user's email where the caller knows it. */
  targetLabel?: (target: string) => string;
  variant: 'container' | 'embedded';
  header: string;
}

const STATUS_LABELS: Record<ItemStatus, string> = { pending: 'Pending', ok: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled' };
const ALL = { value: '', label: 'Any result' };
const STATUS_OPTIONS = [ALL, ...jobItemStatusSchema.options.map((value) => ({ value, label: STATUS_LABELS[value] }))];

const same = (target: string) => target;

/** A job's items, a page at a time, with how each ended; the rows follow the job's live progress. */
export function JobItemsTable({ job, view, onViewChange, targetLabel = same, variant, header }: JobItemsTableProps) {
  const items = useJobItems(job, { status: view.status, cursor: view.cursor, pageSize: view.pageSize });
  const page = items.data;
  const selected = STATUS_OPTIONS.find((option) => option.value === (view.status ?? '')) ?? ALL;
  const count = view.status === undefined ? job.counts.total : job.counts[view.status];
  return (
    <TableShell<JobItem>
      variant={variant}
      title={header}
      counter={`(${count})`}
      items={page?.items ?? []}
      trackBy={(item) => String(item.seq)}
      loading={items.isPending}
      loadingText="Loading results"
      columnDefinitions={jobItemColumns(job, targetLabel, variant === 'embedded')}
      wrapLines
      filter={
        <Select
          selectedOption={selected}
          options={STATUS_OPTIONS}
          inlineLabelText="Result"
          onChange={({ detail }) =>
            onViewChange({ status: jobItemStatusSchema.safeParse(detail.selectedOption.value).data, ...FIRST_PAGE })
          }
        />
      }
      pagination={{
        ...cursorPagination(view, page?.nextCursor, onViewChange),
        disabled: items.isFetching,
        ariaLabels: { nextPageLabel: 'Next page of results', previousPageLabel: 'Previous page of results', pageLabel: (n) => `Page ${n}` },
      }}
      query={items}
      errorHeader="Could not load the job's results"
      onFirstPage={() => onViewChange(FIRST_PAGE)}
      empty={
        view.status === undefined
          ? { title: 'No items', description: 'This job has no items.' }
          : { title: 'No matching items', description: `No item with the result ${STATUS_LABELS[view.status]}.` }
      }
    />
  );
}
