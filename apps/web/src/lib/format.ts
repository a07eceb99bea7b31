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
