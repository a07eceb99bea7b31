import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { useCallback, useState } from 'react';

type ContentDisplay = readonly CollectionPreferencesProps.ContentDisplayItem[];

/** Column choice and order are a person's habit, not part of a shared link: remembered in this browser. */
export function useColumnDisplay(storageKey: string, defaults: ContentDisplay): [ContentDisplay, (next: ContentDisplay) => void] {
  const [display, setDisplay] = useState(() => read(storageKey, defaults));
  const save = useCallback(
    (next: ContentDisplay) => {
      localStorage.setItem(storageKey, JSON.stringify(next));
      setDisplay(next);
    },
    [storageKey],
  );
  return [display, save];
}

/** A stored list from an older version keeps only the columns that still exist and gains any new ones. */
function read(storageKey: string, defaults: ContentDisplay): ContentDisplay {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as unknown;
    if (!Array.isArray(stored)) return defaults;
    const known = new Set(defaults.map((item) => item.id));
    const kept = stored.filter(
      (item): item is CollectionPreferencesProps.ContentDisplayColumn =>
        typeof item === 'object' &&
        item !== null &&
        known.has((item as { id: unknown }).id as string) &&
        typeof (item as { visible: unknown }).visible === 'boolean',
    );
    const keptIds = new Set(kept.map((item) => item.id));
    return [...kept.map(({ id, visible }) => ({ id, visible })), ...defaults.filter((item) => !keptIds.has(item.id))];
  } catch {
    return defaults;
  }
}
