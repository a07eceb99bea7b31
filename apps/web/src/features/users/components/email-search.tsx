import { emailSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';

interface EmailSearchProps {
  /** The email in the URL; the parent remounts this with a key when it changes (back/forward). */
  email: string | undefined;
  onSearch: (email: string | undefined) => void;
}

/** Chime filters users by exact email only, so the search runs on Enter, not on every keystroke. */
export function EmailSearch({ email, onSearch }: EmailSearchProps) {
  const [value, setValue] = useState(email ?? '');
  const [error, setError] = useState<string>();
  const search = () => {
    const parsed = emailSchema.safeParse(value);
    if (value.trim() === '') onSearch(undefined);
    else if (!parsed.success) setError(`Email ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
    else {
      setError(undefined);
      onSearch(parsed.data);
    }
  };
  return (
    <form
      role="search"
      aria-label="Users"
      onSubmit={(event) => {
        event.preventDefault();
        search();
      }}
    >
      <FormField errorText={error}>
        <SpaceBetween direction="horizontal" size="xs">
          <Input
            type="search"
            ariaLabel="Exact email"
            placeholder="Exact email, e.g. name@example.com"
            value={value}
            onChange={({ detail }) => {
              setValue(detail.value);
              // Clearing the field (its × button) removes the filter at once.
              if (detail.value === '' && email !== undefined) onSearch(undefined);
            }}
          />
          <Button formAction="submit">Search</Button>
        </SpaceBetween>
      </FormField>
    </form>
  );
}
