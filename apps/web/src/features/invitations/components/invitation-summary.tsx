import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ResponseOf } from '@/lib/api-client.ts';
import { formatPercent } from '@/lib/format.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { NO_FILTERS, type InvitationFilters } from '../hooks/use-invitations-view.ts';

export type InvitationCounts = ResponseOf<'invitationOverview'>['totals'];

interface Stage {
  label: string;
  /** What the count lists on an account's tab; none where the list cannot be filtered to it. */
  filters?: InvitationFilters;
  value: (counts: InvitationCounts) => number;
  /** Share of all sent, for the stages that split them. */
  share?: boolean;
}

/** Every invitation, whatever became of it: a removed user was invited too. */
export const sentCount = (counts: InvitationCounts) => counts.pending + counts.accepted + counts.failed + counts.removed;

const STAGES: Stage[] = [
  { label: 'Sent', filters: NO_FILTERS, value: sentCount },
  { label: 'Pending', filters: { ...NO_FILTERS, status: 'Pending' }, value: (counts) => counts.pending, share: true },
  { label: 'Accepted', filters: { ...NO_FILTERS, status: 'Accepted' }, value: (counts) => counts.accepted, share: true },
  { label: 'Failed', filters: { ...NO_FILTERS, status: 'Failed' }, value: (counts) => counts.failed, share: true },
  // The list filters by Chime's statuses only: a removed user's invitation is counted, not listed on its own.
  { label: 'Removed', value: (counts) => counts.removed, share: true },
  {
    label: 'Pending > 7 days',
    filters: { ...NO_FILTERS, status: 'Pending', pendingOlderThanDays: 7 },
    value: (counts) => counts.pendingOver7Days,
  },
];

const same = (a: InvitationFilters, b: InvitationFilters) =>
  a.status === b.status &&
  a.pendingOlderThanDays === b.pendingOlderThanDays &&
  a.sentBy === b.sentBy &&
  a.source === b.source &&
  a.emailContains === b.emailContains;

interface InvitationSummaryProps {
  counts: InvitationCounts | undefined;
  description: string;
  /** On an account's tab: the filters shown, and the tab's URL for a count's filters (each count then filters the table). */
  filters?: InvitationFilters;
  hrefFor?: (filters: InvitationFilters) => string;
}

/** Invitations by status, from sent to accepted: the manager's first question, and on an account's tab a filter per count. */
export function InvitationSummary({ counts, description, filters, hrefFor }: InvitationSummaryProps) {
  const follow = useFollow();
  const total = counts && sentCount(counts);
  return (
    <Container
      header={
        <Header variant="h2" description={description}>
          Invitations by status
        </Header>
      }
    >
      <ColumnLayout columns={STAGES.length} minColumnWidth={120} variant="text-grid">
        {STAGES.map((stage) => {
          const value = counts && stage.value(counts);
          const active = filters !== undefined && stage.filters !== undefined && same(filters, stage.filters);
          return (
            <div key={stage.label} role="group" aria-label={stage.label}>
              <Box variant="awsui-key-label">{stage.label}</Box>
              {value === undefined ? (
                <Spinner />
              ) : hrefFor && stage.filters ? (
                <Link
                  variant="awsui-value-large"
                  href={hrefFor(stage.filters)}
                  onFollow={follow}
                  ariaLabel={`${stage.label}: ${value}${active ? ' (listed below)' : ''}`}
                >
                  {value}
                </Link>
              ) : (
                <Box variant="awsui-value-large">{value}</Box>
              )}
              <Box color="text-body-secondary" fontSize="body-s" padding={{ top: 'xxs' }}>
                {stage.share && value !== undefined && total ? `${formatPercent(value, total)} of sent` : null}
                {stage.label === 'Pending > 7 days' && value !== undefined && value > 0 && (
                  <StatusIndicator type="warning">Worth a reminder</StatusIndicator>
                )}
                {active && <div>Listed below</div>}
              </Box>
            </div>
          );
        })}
      </ColumnLayout>
    </Container>
  );
}
