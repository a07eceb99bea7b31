import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Tells the browser's password manager whether to fill the saved password or offer a new one. */
  autoComplete: 'current-password' | 'new-password';
  constraintText?: string;
  errorText?: string;
  invalid?: boolean;
}

export function PasswordField({ label, value, onChange, autoComplete, constraintText, errorText, invalid }: PasswordFieldProps) {
  return (
    <FormField label={label} constraintText={constraintText} errorText={errorText}>
      <Input
        type="password"
        value={value}
        invalid={invalid}
        onChange={({ detail }) => onChange(detail.value)}
        autoComplete={autoComplete}
      />
    </FormField>
  );
}
