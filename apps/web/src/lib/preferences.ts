import { applyDensity, applyMode, Density, Mode } from '@cloudscape-design/global-styles';
import { useCallback, useState } from 'react';
import type { TimeZoneChoice } from './format.ts';

export interface DisplayPreferences {
  mode: 'light' | 'dark';
  density: 'comfortable' | 'compact';
}

const STORAGE_KEY = 'chime-console.display';
const DEFAULTS: DisplayPreferences = { mode: 'light', density: 'comfortable' };

function read(): DisplayPreferences {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<DisplayPreferences>;
    return {
      mode: stored.mode === 'dark' ? 'dark' : DEFAULTS.mode,
      density: stored.density === 'compact' ? 'compact' : DEFAULTS.density,
    };
  } catch {
    return DEFAULTS;
  }
}

function apply({ mode, density }: DisplayPreferences): void {
  applyMode(mode === 'dark' ? Mode.Dark : Mode.Light);
  applyDensity(density === 'compact' ? Density.Compact : Density.Comfortable);
}

/** Applied before the first render so a dark-mode person never sees a light flash. */
export function applyStoredPreferences(): void {
  apply(read());
}

/** Light/dark mode and density, remembered in this browser. */
export function useDisplayPreferences(): [DisplayPreferences, (change: Partial<DisplayPreferences>) => void] {
  const [preferences, setPreferences] = useState(read);
  const update = useCallback((change: Partial<DisplayPreferences>) => {
    setPreferences((current) => {
      const next = { ...current, ...change };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      apply(next);
      return next;
    });
  }, []);
  return [preferences, update];
}

const TIME_ZONE_KEY = 'chime-console.time-zone';

function readTimeZone(): TimeZoneChoice {
  try {
    return localStorage.getItem(TIME_ZONE_KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    return 'local';
  }
}

/** Whether the audit log's times are local or UTC (a log line or a ticket may give either), remembered in this browser. */
export function useTimeZonePreference(): [TimeZoneChoice, (timeZone: TimeZoneChoice) => void] {
  const [timeZone, setTimeZone] = useState(readTimeZone);
  const update = useCallback((next: TimeZoneChoice) => {
    localStorage.setItem(TIME_ZONE_KEY, next);
    setTimeZone(next);
  }, []);
  return [timeZone, update];
}
