import { accountNameSchema } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type SyntheticEvent } from 'react';
import { explain } from '@/lib/api-error.ts';

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

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = accountNameSchema.safeParse(name);
    if (parsed.success) onSubmit(parsed.data);
    else setNameError(`The name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  };

  return (
    <Modal visible header={header} onDismiss={onDismiss} closeAriaLabel="Close">
      <form onSubmit={submit} noValidate>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={onDismiss}>
                Cancel
              </Button>
              <Button variant="primary" formAction="submit" loading={pending}>
                {submitText}
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="m">
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
            {error !== null && error !== undefined && (
              <Alert type="error" header={errorHeader}>
                {explain(error)}
              </Alert>
            )}
          </SpaceBetween>
        </Form>
      </form>
    </Modal>
  );
}
