import Select, { type SelectProps } from '@cloudscape-design/components/select';

interface FilterSelectProps<T extends string> {
  label: string;
  anyLabel: string;
  value: T | undefined;
  values: readonly T[];
  onChange: (value: T | undefined) => void;
}

/** One server-side filter: "any" or one of the API's enum values. */
export function FilterSelect<T extends string>({ label, anyLabel, value, values, onChange }: FilterSelectProps<T>) {
  const options: SelectProps.Option[] = [{ value: '', label: anyLabel }, ...values.map((item) => ({ value: item, label: item }))];
  return (
    // The inline label needs room, or Cloudscape wraps it mid-word in a narrow row of filters.
    <div style={{ minWidth: 190 }}>
      <Select
        inlineLabelText={label}
        options={options}
        selectedOption={options.find((option) => option.value === (value ?? '')) ?? null}
        onChange={({ detail }) => onChange(values.find((item) => item === detail.selectedOption.value))}
      />
    </div>
  );
}
