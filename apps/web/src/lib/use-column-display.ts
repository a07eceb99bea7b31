import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import type { TableProps } from '@cloudscape-design/components/table';
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

/** The Preferences dialog's column list, from the columns themselves: "Client IP" is named as its header. */
export function columnOptions<T>(
  columns: readonly TableProps.ColumnDefinition<T>[],
  alwaysVisible: readonly string[] = [],
): CollectionPreferencesProps.ContentDisplayOption[] {
  return columns.map((column) => ({
    id: column.id ?? '',
    label: typeof column.header === 'string' ? column.header : (column.id ?? ''),
    alwaysVisible: alwaysVisible.includes(column.id ?? ''),
  }));
}

/** Every column shown but the technical ones a person adds back through Preferences. */
export function defaultDisplay<T>(columns: readonly TableProps.ColumnDefinition<T>[], hidden: readonly string[]): ContentDisplay {
  return columns.map((column) => ({ id: column.id ?? '', visible: !hidden.includes(column.id ?? '') }));
}

/** A table's column choice for the Preferences dialog, remembered in this browser under `storageKey`. */
export function useColumnPreferences<T>(
  storageKey: string,
  columns: readonly TableProps.ColumnDefinition<T>[],
  { hidden = [], alwaysVisible = [] }: { hidden?: readonly string[]; alwaysVisible?: readonly string[] } = {},
) {
  const [display, onChange] = useColumnDisplay(storageKey, defaultDisplay(columns, hidden));
  return { display, options: columnOptions(columns, alwaysVisible), onChange };
}
