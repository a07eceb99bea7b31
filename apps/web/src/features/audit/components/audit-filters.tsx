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

interface TextFilterProps {
  label: string;
  placeholder: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}

/** A filter applied on Enter or leaving the field; remounted when the URL changes it. */
function TextFilter({ label, placeholder, value, onCommit }: TextFilterProps) {
  return (
    <FormField label={label}>
      <CommitInput key={value ?? ''} value={value} onCommit={onCommit} ariaLabel={label} placeholder={placeholder} />
    </FormField>
  );
}

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
  const anyFilter = [
    filters.actor,
    filters.action,
    showAccountFilter ? filters.accountId : undefined,
    filters.userId,
    filters.from,
    filters.to,
  ].some((value) => value !== undefined);
  return (
    <SpaceBetween direction="horizontal" size="s" alignItems="end">
      <TextFilter label="Actor" placeholder="Console username" value={filters.actor} onCommit={(actor) => setFilters({ actor })} />
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
        <TextFilter
          label="Account ID"
          placeholder="Exact account ID"
          value={filters.accountId}
          onCommit={(accountId) => setFilters({ accountId })}
        />
      )}
      <TextFilter label="User ID" placeholder="Exact user ID" value={filters.userId} onCommit={(userId) => setFilters({ userId })} />
      <FormField label="Time">
        <AuditTimeRange filters={filters} last={last} onChange={setFilters} />
      </FormField>
      {anyFilter && (
        <Button
          onClick={() =>
            setFilters({
              actor: undefined,
              action: undefined,
              userId: undefined,
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
