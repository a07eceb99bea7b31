import DateRangePicker, { type DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import type { AuditFilters } from '../hooks/use-audit-view.ts';
import type { RelativeRange } from '../hooks/use-audit-view.ts';

type TimePatch = Pick<AuditFilters, 'from' | 'to'> & { last: RelativeRange | undefined };

const RELATIVE: Record<RelativeRange, DateRangePickerProps.RelativeOption> = {
  '1h': { key: '1h', amount: 1, unit: 'hour', type: 'relative' },
  '24h': { key: '24h', amount: 24, unit: 'hour', type: 'relative' },
  '7d': { key: '7d', amount: 7, unit: 'day', type: 'relative' },
  '30d': { key: '30d', amount: 30, unit: 'day', type: 'relative' },
};
const RELATIVE_OPTIONS = Object.values(RELATIVE);
const UNIT_MS: Record<DateRangePickerProps.TimeUnit, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

const I18N: DateRangePickerProps.I18nStrings = {
  relativeModeTitle: 'Relative range',
  absoluteModeTitle: 'Absolute range',
  relativeRangeSelectionHeading: 'Choose a range',
  startDateLabel: 'Start date',
  endDateLabel: 'End date',
  startTimeLabel: 'Start time',
  endTimeLabel: 'End time',
  clearButtonLabel: 'Clear and dismiss',
  cancelButtonLabel: 'Cancel',
  applyButtonLabel: 'Apply',
  customRelativeRangeOptionLabel: 'Custom range',
  customRelativeRangeOptionDescription: 'Set a custom range in the past',
  customRelativeRangeDurationLabel: 'Duration',
  customRelativeRangeDurationPlaceholder: 'Enter duration',
  customRelativeRangeUnitLabel: 'Unit of time',
  formatRelativeRange: ({ amount, unit }) => `Last ${amount} ${unit}${amount === 1 ? '' : 's'}`,
  formatUnit: (unit, amount) => (amount === 1 ? unit : `${unit}s`),
  dateTimeConstraintText: 'For date, use YYYY/MM/DD. For time, use 24 hr format.',
  errorIconAriaLabel: 'Error',
  todayAriaLabel: 'Today',
  nextMonthAriaLabel: 'Next month',
  previousMonthAriaLabel: 'Previous month',
  modeSelectionLabel: 'Date range mode',
};

// The BFF takes UTC instants; the picker answers local times with an offset.
const toUtc = (value: string) => new Date(value).toISOString();

function toValue(filters: AuditFilters, last: RelativeRange | undefined): DateRangePickerProps.Value | null {
  if (last !== undefined) return RELATIVE[last];
  if (filters.from !== undefined && filters.to !== undefined) return { type: 'absolute', startDate: filters.from, endDate: filters.to };
  return null;
}

function toPatch(value: DateRangePickerProps.Value | null): TimePatch {
  if (value === null) return { from: undefined, to: undefined, last: undefined };
  if (value.type === 'absolute') return { from: toUtc(value.startDate), to: toUtc(value.endDate), last: undefined };
  const known = RELATIVE_OPTIONS.find((option) => option.amount === value.amount && option.unit === value.unit);
  // A relative range is turned into a start time now, so the URL reopens the same entries later.
  const from = new Date(Date.now() - value.amount * UNIT_MS[value.unit]).toISOString();
  return { from, to: undefined, last: known?.key as RelativeRange | undefined };
}

function isValidRange(value: DateRangePickerProps.Value | null): DateRangePickerProps.ValidationResult {
  if (value?.type !== 'absolute') return { valid: true };
  if (value.startDate === '' || value.endDate === '') return { valid: false, errorMessage: 'Choose a start and an end.' };
  if (Date.parse(value.startDate) >= Date.parse(value.endDate)) return { valid: false, errorMessage: 'The end must be after the start.' };
  return { valid: true };
}

interface AuditTimeRangeProps {
  filters: AuditFilters;
  last: RelativeRange | undefined;
  onChange: (patch: TimePatch) => void;
}

export function AuditTimeRange({ filters, last, onChange }: AuditTimeRangeProps) {
  return (
    <DateRangePicker
      value={toValue(filters, last)}
      onChange={({ detail }) => onChange(toPatch(detail.value))}
      relativeOptions={RELATIVE_OPTIONS}
      isValidRange={isValidRange}
      i18nStrings={I18N}
      ariaLabel="Time range"
      placeholder="Any time"
      absoluteFormat="long-localized"
      showClearButton
      expandToViewport
    />
  );
}
