import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { useDebouncedCallback } from '@/lib/use-debounced-callback.ts';
import { SEARCH_DELAY_MS } from './directory-search-box.tsx';

interface DirectorySearchFieldProps {
  /** The search in the URL. */
  q: string;
  /** The text once typing pauses: the results follow it without a history entry per pause. */
  onSearch: (q: string) => void;
  /** Enter: the text at once, as a history entry. */
  onSubmit: (q: string) => void;
}

/** "Find a user"'s search field: searches as you type; Enter commits what is typed. */
export function DirectorySearchField({ q, onSearch, onSubmit }: DirectorySearchFieldProps) {
  const [value, setValue] = useState(q);
  const [shown, setShown] = useState(q);
  const searchLater = useDebouncedCallback(onSearch, SEARCH_DELAY_MS);
  // Back and forward change the URL under the field: it shows their search, not the text typed before.
  if (q !== shown) {
    setShown(q);
    if (q !== value.trim()) setValue(q);
  }
  return (
    <form
      role="search"
      aria-label="Users in every account"
      onSubmit={(event) => {
        event.preventDefault();
        searchLater.cancel();
        onSubmit(value.trim());
      }}
    >
      <FormField label="Name, email or user ID" description="Part of a name or an email, an email prefix, or a Chime user ID.">
        <Input
          type="search"
          autoFocus
          autoComplete={false}
          clearAriaLabel="Clear search"
          value={value}
          placeholder="e.g. Chloe, chloe.abbott@, or a full email"
          onChange={({ detail }) => {
            setValue(detail.value);
            searchLater.schedule(detail.value.trim());
          }}
        />
      </FormField>
    </form>
  );
}
