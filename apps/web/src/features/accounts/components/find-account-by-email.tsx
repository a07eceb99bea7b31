import { emailSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type SyntheticEvent } from 'react';

interface FindAccountByEmailProps {
  value: string | undefined;
  onCommit: (userEmail: string | undefined) => void;
}

/** Chime's `user-email` filter: the one account that holds a user with this email. */
export function FindAccountByEmail({ value, onCommit }: FindAccountByEmailProps) {
  const [draft, setDraft] = useState({ from: value, text: value ?? '', error: '' });
  if (draft.from !== value) setDraft({ from: value, text: value ?? '', error: '' });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (draft.text.trim() === '') {
      onCommit(undefined);
      return;
    }
    const parsed = emailSchema.safeParse(draft.text);
    if (!parsed.success) {
      setDraft({ ...draft, error: 'Enter a whole email address, like name@example.com.' });
      return;
    }
    onCommit(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <SpaceBetween direction="horizontal" size="xs" alignItems="end">
        <FormField label="Find a user's account" errorText={draft.error || undefined}>
          <Input
            type="email"
            inputMode="email"
            value={draft.text}
            placeholder="name@example.com"
            onChange={({ detail }) => setDraft({ from: value, text: detail.value, error: '' })}
          />
        </FormField>
        <Button formAction="submit">Find</Button>
        {value !== undefined && (
          <Button variant="link" formAction="none" onClick={() => onCommit(undefined)}>
            Clear
          </Button>
        )}
      </SpaceBetween>
    </form>
  );
}
