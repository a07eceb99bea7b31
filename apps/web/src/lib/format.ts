/** Every time, age, count and share the console shows is worded here, so they read alike everywhere. */

export type TimeZoneChoice = 'local' | 'utc';

export interface DateTimeOptions {
  /** Local by default. */
  timeZone?: TimeZoneChoice;
  /** Seconds matter when matching an audit entry with a ticket or a log line. */
  seconds?: boolean;
  /** Name the zone ("UTC", "GMT+1") where the reader must know it. */
  zoneName?: boolean;
  /** For a table cell: the year only when it is not this one ("Dec 4, 5:40 PM"). */
  compact?: boolean;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

type FormatKey = Required<Omit<DateTimeOptions, 'compact'>> & { year: boolean };

function dateTimeFormat({ timeZone, seconds, zoneName, year }: FormatKey): Intl.DateTimeFormat {
  const key = `${timeZone}|${seconds}|${zoneName}|${year}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      ...DATE_TIME,
      ...(!year && { year: undefined }),
      ...(seconds && { second: '2-digit' }),
      ...(zoneName && { timeZoneName: 'short' }),
      ...(timeZone === 'utc' && { timeZone: 'UTC' }),
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

const parse = (iso: string | undefined): number | undefined => {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
};

/** "Dec 4, 2026, 5:40 PM"; "-" for no time, and an unreadable one as it came. */
export function formatDateTime(
  iso: string | undefined,
  { timeZone = 'local', seconds = false, zoneName = false, compact = false }: DateTimeOptions = {},
): string {
  const time = parse(iso);
  if (time === undefined) return iso ?? '-';
  const year = !compact || new Date(time).getFullYear() !== new Date().getFullYear();
  return dateTimeFormat({ timeZone, seconds, zoneName, year }).format(time);
}

/** The zone times are shown in: "UTC", or the browser's own ("GMT+1", "PST"). */
export function timeZoneName(timeZone: TimeZoneChoice, at = Date.now()): string {
  const part = dateTimeFormat({ timeZone, seconds: false, zoneName: true, year: true })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? (timeZone === 'utc' ? 'UTC' : 'local time');
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const DAY_MS = 86_400_000;
// Up to the next unit, in this unit's terms: 59 seconds, 59 minutes, 23 hours, 6 days, 4 weeks, 11 months.
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 30 / 7],
  ['month', 12],
];
/** A server clock a little ahead of this one would otherwise read "in 3 seconds" for what just happened. */
const CLOCK_SKEW_MS = 60_000;

/** "3 minutes ago", "2 hours ago", "yesterday", "2 days ago"; later times "in 5 minutes". */
export function formatRelativeTime(iso: string | undefined, now = Date.now()): string {
  const time = parse(iso);
  if (time === undefined) return iso ?? '-';
  const elapsed = time - now;
  if (elapsed > 0 && elapsed < CLOCK_SKEW_MS) return relative.format(0, 'second');
  // Whole units passed, not rounded: 90 minutes ago is "1 hour ago", not "2 hours ago".
  let amount = elapsed / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.trunc(amount), unit);
    amount /= size;
  }
  return relative.format(Math.trunc(amount), 'year');
}

/** "Dec 4, 2026, 5:40 PM (3 minutes ago)": when, and how long ago, where there is room for both. */
export function formatWhen(iso: string | undefined, now = Date.now()): string {
  if (parse(iso) === undefined) return formatDateTime(iso);
  return `${formatDateTime(iso)} (${formatRelativeTime(iso, now)})`;
}

/** Whole days from an ISO time to now: the age of an invitation. */
export function daysSince(iso: string | undefined, now = Date.now()): number | undefined {
  const time = parse(iso);
  return time === undefined ? undefined : Math.max(0, Math.floor((now - time) / DAY_MS));
}

/** An invitation's age: "today", "1 day", "3 days". */
export function formatAge(iso: string | undefined, now = Date.now()): string {
  const days = daysSince(iso, now);
  if (days === undefined) return '-';
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** "Pending 3 days": how long a pending invitation has waited. */
export function formatPendingAge(iso: string | undefined, now = Date.now()): string {
  const days = daysSince(iso, now);
  if (days === undefined) return 'Pending';
  return days === 0 ? 'Pending since today' : `Pending ${formatAge(iso, now)}`;
}

const count = new Intl.NumberFormat();

/** A count with its thousands separated: "1,234". */
export const formatCount = (value: number): string => count.format(value);

/**
 * A share as a whole percentage that never overstates: 240 of 241 is 99 (rounding says 100, as if
 * all were done), 1 of 1,000 is above 0 (see `formatPercent`). 100 only when the part is the whole.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.floor((100 * Math.max(0, part)) / whole));
}

/** "99%", "100%" only when all, "<1%" for a share too small to round to 1 but not none. */
export function formatPercent(part: number, whole: number): string {
  const percent = percentOf(part, whole);
  return percent === 0 && part > 0 && whole > 0 ? '<1%' : `${percent}%`;
}
