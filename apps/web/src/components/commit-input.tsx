import Input from '@cloudscape-design/components/input';
import { useState } from 'react';

interface CommitInputProps {
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  ariaLabel: string;
  placeholder: string;
}

/**
 * A text filter applied on Enter or on leaving the field, not on every keystroke: each change is
 * a request to the BFF and a step in the browser history. Re-keyed by its value by the caller so a
 * back/forward navigation shows the URL's value.
 */
export function CommitInput({ value, onCommit, ariaLabel, placeholder }: CommitInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed !== (value ?? '')) onCommit(trimmed === '' ? undefined : trimmed);
  };
  return (
    <Input
      type="search"
      value={draft}
      ariaLabel={ariaLabel}
      placeholder={placeholder}
      clearAriaLabel={`Clear ${ariaLabel.toLowerCase()}`}
      onChange={({ detail }) => {
        setDraft(detail.value);
        // The clear button empties the field: apply at once, there is no Enter to wait for.
        if (detail.value === '' && value !== undefined) onCommit(undefined);
      }}
      onKeyDown={({ detail }) => {
        if (detail.key === 'Enter') commit();
      }}
      onBlur={commit}
    />
  );
}
