import { accountNameSchema } from '@chime-console/contracts';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';

interface NamePrefixFilterProps {
  value: string | undefined;
  onCommit: (namePrefix: string | undefined) => void;
  countText?: string | undefined;
}

/** Chime filters account names by prefix on its side: the text goes to the URL (and the server) once typing pauses. */
export function NamePrefixFilter({ value, onCommit, countText }: NamePrefixFilterProps) {
  const [draft, setDraft] = useState({ from: value, text: value ?? '' });
  // Back/forward or a pasted link changed the URL: show its filter, not the stale draft.
  if (draft.from !== value) setDraft({ from: value, text: value ?? '' });

  const commit = (text: string) => {
    const parsed = accountNameSchema.safeParse(text);
    const next = parsed.success ? parsed.data : undefined;
    if (text.trim() !== '' && !parsed.success) return;
    if (next !== value) onCommit(next);
  };

  return (
    <TextFilter
      filteringText={draft.text}
      filteringPlaceholder="Name starts with…"
      filteringAriaLabel="Filter accounts by name prefix"
      filteringClearAriaLabel="Clear name filter"
      countText={countText}
      onChange={({ detail }) => setDraft({ from: value, text: detail.filteringText })}
      onDelayedChange={({ detail }) => commit(detail.filteringText)}
    />
  );
}
