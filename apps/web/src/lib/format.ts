const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | undefined): string {
  if (iso === undefined) return '-';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** Whole days from an ISO time to now: the age of an invitation. */
export function daysSince(iso: string | undefined, now = Date.now()): number | undefined {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : Math.max(0, Math.floor((now - time) / 86_400_000));
}

export function formatAge(iso: string | undefined): string {
  const days = daysSince(iso);
  if (days === undefined) return '-';
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "2 minutes ago", "yesterday": how fresh something read from Chime is. */
export function formatRelativeTime(iso: string | undefined, now = Date.now()): string {
  if (iso === undefined) return '-';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  // A server clock a little ahead of this one would otherwise read "in 3 seconds".
  let amount = Math.min(0, time - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}

const count = new Intl.NumberFormat();

/** A count with its thousands separated: "1,234". */
export const formatCount = (value: number): string => count.format(value);
