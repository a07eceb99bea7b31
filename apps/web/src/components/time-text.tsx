import { formatDateTime, formatRelativeTime } from '@/lib/format.ts';

/** "3 minutes ago", the exact time on hover: for lists read at a glance. */
export function TimeAgo({ iso }: { iso: string | undefined }) {
  if (iso === undefined) return <>-</>;
  return (
    <time dateTime={iso} title={formatDateTime(iso, { seconds: true, zoneName: true })}>
      {formatRelativeTime(iso)}
    </time>
  );
}

/** Short enough for a table cell ("Dec 4, 5:40 PM", the year only when it is not this one); the full time on hover. */
export function CompactTime({ iso }: { iso: string | undefined }) {
  if (iso === undefined) return <>-</>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatDateTime(iso, { compact: true })}
    </time>
  );
}
