import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { AUDIT_ACTIONS, actionLabel, actionSummary } from './audit-actions.ts';
import { AuditTimeRange } from './audit-time-range.tsx';
import { CommitInput } from '@/components/commit-input.tsx';
import type { AuditView } from '../hooks/use-audit-view.ts';

const ANY_ACTION: SelectProps.Option = { value: '', label: 'Any action' };
const ACTION_OPTIONS: SelectProps.Option[] = [
  ANY_ACTION,
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action), description: actionSummary(action) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  ),
];

interface AuditFiltersProps {
  view: AuditView;
  /** The account activity tab fixes the account. */
  showAccountFilter: boolean;
}

/** Actor, action, account and time: all in the URL through the view, each change back to page 1. */
export function AuditFilters({ view, showAccountFilter }: AuditFiltersProps) {
  const { filters, last, setFilters } = view;
  const selectedAction = ACTION_OPTIONS.find((option) => option.value === (filters.action ?? '')) ?? {
    value: filters.action,
    label: actionLabel(filters.action ?? ''),
  };
  const anyFilter = [filters.actor, filters.action, showAccountFilter ? filters.accountId : undefined, filters.from, filters.to].some(
    (value) => value !== undefined,
  );
  return (
    <SpaceBetween direction="horizontal" size="s" alignItems="end">
      <FormField label="Actor">
        <CommitInput
          key={filters.actor ?? ''}
          value={filters.actor}
          onCommit={(actor) => setFilters({ actor })}
          ariaLabel="Actor"
          placeholder="Console username"
        />
      </FormField>
      <FormField label="Action">
        <Select
          selectedOption={selectedAction}
          options={ACTION_OPTIONS}
          onChange={({ detail }) => setFilters({ action: detail.selectedOption.value === '' ? undefined : detail.selectedOption.value })}
          filteringType="auto"
          filteringPlaceholder="Find an action"
          expandToViewport
        />
      </FormField>
      {showAccountFilter && (
        <FormField label="Account ID">
          <CommitInput
            key={filters.accountId ?? ''}
            value={filters.accountId}
            onCommit={(accountId) => setFilters({ accountId })}
            ariaLabel="Account ID"
            placeholder="Exact account ID"
          />
        </FormField>
      )}
      <FormField label="Time">
        <AuditTimeRange filters={filters} last={last} onChange={setFilters} />
      </FormField>
      {anyFilter && (
        <Button
          onClick={() =>
            setFilters({
              actor: undefined,
              action: undefined,
              from: undefined,
              to: undefined,
              last: undefined,
              ...(showAccountFilter && { accountId: undefined }),
            })
          }
        >
          Clear filters
        </Button>
      )}
    </SpaceBetween>
  );
}
