import { accountNameSchema, problemWith } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal.tsx';

interface AccountNameModalProps {
  header: string;
  intro?: string;
  label: string;
  submitText: string;
  initialName?: string;
  pending: boolean;
  /** The failed call's error, shown under `errorHeader`. */
  error: unknown;
  errorHeader: string;
  /** Called with a name the contract accepts. */
  onSubmit: (name: string) => void;
  onDismiss: () => void;
}

/** Asks for an account name (creating or renaming), checked with the contract's rules before it is sent. */
export function AccountNameModal({
  header,
  intro,
  label,
  submitText,
  initialName = '',
  pending,
  error,
  errorHeader,
  onSubmit,
  onDismiss,
}: AccountNameModalProps) {
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState('');

  const submit = () => {
    const parsed = accountNameSchema.safeParse(name);
    if (parsed.success) onSubmit(parsed.data);
    else setNameError(problemWith(accountNameSchema, name, 'accountName') ?? '');
  };

  return (
    <FormModal
      header={header}
      submitLabel={submitText}
      pending={pending}
      error={error}
      errorHeader={errorHeader}
      onSubmit={submit}
      onDismiss={onDismiss}
    >
      {intro !== undefined && <Box variant="p">{intro}</Box>}
      <FormField label={label} constraintText="Up to 100 characters." errorText={nameError || undefined}>
        <Input
          value={name}
          autoFocus
          onChange={({ detail }) => {
            setName(detail.value);
            setNameError('');
          }}
        />
      </FormField>
    </FormModal>
  );
}
