import { passwordSchema, problemWith } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { generatePassword } from './generate-password.ts';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Show the field's error (after a submit attempt). */
  showError: boolean;
  description?: string;
}

export const passwordError = (value: string) => problemWith(passwordSchema, value);

/**
 * A new password for someone else: typed, or generated and shown so the admin can pass it on.
 * The person has to replace it at their next sign-in.
 */
export function PasswordField({ label, value, onChange, showError, description }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <FormField
      label={label}
      description={description}
      constraintText="12 to 256 characters."
      errorText={showError ? passwordError(value) : undefined}
      secondaryControl={
        <SpaceBetween direction="horizontal" size="xs">
          <Button
            formAction="none"
            onClick={() => {
              onChange(generatePassword());
              setVisible(true);
            }}
          >
            Generate
          </Button>
          <Button formAction="none" onClick={() => setVisible(!visible)}>
            {visible ? 'Hide' : 'Show'}
          </Button>
        </SpaceBetween>
      }
    >
      <Input
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={({ detail }) => onChange(detail.value)}
        autoComplete="new-password"
        ariaLabel={label}
      />
    </FormField>
  );
}
