import { invitationStatusSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { CommitInput } from '@/components/commit-input.tsx';
import { AGE_DAYS, NO_FILTERS, type InvitationFilters } from '../hooks/use-invitations-view.ts';

const STATUS_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'Any' },
  ...invitationStatusSchema.options.map((value) => ({ value, label: value })),
];
const SOURCE_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'Any' },
  { value: 'console', label: 'This console' },
  { value: 'outside', label: 'Outside the console' },
];
const SOURCES = ['console', 'outside'] as const;
const AGE_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'Any' },
  ...AGE_DAYS.map((days) => ({ value: String(days), label: `Pending > ${days} days` })),
];

interface InvitationsFiltersProps {
  filters: InvitationFilters;
  onChange: (patch: Partial<InvitationFilters>) => void;
}

/**
 * Status, age, sender (who in the console, or whether it was sent outside it) and part of the email:
 * all filtered by the BFF.
 * An age means "pending for longer than", so it goes with the Pending status and no other.
 */
export function InvitationsFilters({ filters, onChange }: InvitationsFiltersProps) {
  const anyFilter = Object.values(filters).some((value) => value !== undefined);
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <div style={{ minWidth: 170 }}>
        <Select
          inlineLabelText="Status"
          options={STATUS_OPTIONS}
          selectedOption={STATUS_OPTIONS.find((option) => option.value === (filters.status ?? '')) ?? null}
          onChange={({ detail }) => {
            const status = invitationStatusSchema.safeParse(detail.selectedOption.value).data;
            onChange({ status, ...(status !== 'Pending' && { pendingOlderThanDays: undefined }) });
          }}
        />
      </div>
      <div style={{ minWidth: 220 }}>
        <Select
          inlineLabelText="Age"
          options={AGE_OPTIONS}
          selectedOption={AGE_OPTIONS.find((option) => option.value === String(filters.pendingOlderThanDays ?? '')) ?? null}
          onChange={({ detail }) => {
            const days = AGE_DAYS.find((value) => String(value) === detail.selectedOption.value);
            onChange({ pendingOlderThanDays: days, ...(days !== undefined && { status: 'Pending' }) });
          }}
        />
      </div>
      <div style={{ minWidth: 240 }}>
        <Select
          inlineLabelText="Source"
          options={SOURCE_OPTIONS}
          selectedOption={SOURCE_OPTIONS.find((option) => option.value === (filters.source ?? '')) ?? null}
          onChange={({ detail }) => {
            const source = SOURCES.find((value) => value === detail.selectedOption.value);
            // A console username names someone in the console: it cannot go with "outside".
            onChange({ source, ...(source === 'outside' && { sentBy: undefined }) });
          }}
        />
      </div>
      <CommitInput
        key={`sentBy:${filters.sentBy ?? ''}`}
        value={filters.sentBy}
        onCommit={(sentBy) => onChange({ sentBy, ...(sentBy !== undefined && filters.source === 'outside' && { source: undefined }) })}
        ariaLabel="Sent by"
        placeholder="Sent by (console username)"
      />
      <CommitInput
        key={`email:${filters.emailContains ?? ''}`}
        value={filters.emailContains}
        onCommit={(emailContains) => onChange({ emailContains })}
        ariaLabel="Email contains"
        placeholder="Email contains"
      />
      {anyFilter && <Button onClick={() => onChange(NO_FILTERS)}>Clear filters</Button>}
    </SpaceBetween>
  );
}
