import { formatDateTime, formatRelativeTime } from '@/lib/format.ts';

interface OverviewFreshnessProps {
  asOf: string | undefined;
  loaded: boolean;
}

/**
 * What the counts are and how fresh: the index reads Chime in the background, so a manager knows
 * whether this morning's acceptances are in. No `asOf` yet means some account was never read.
 */
export function OverviewFreshness({ asOf, loaded }: OverviewFreshnessProps) {
  const what = 'Every invitation Chime reports, across all accounts, whether sent from this console or elsewhere.';
  if (!loaded) return what;
  if (asOf === undefined)
    return `${what} The console is still reading some accounts from Chime for the first time: the counts grow until it is done.`;
  return (
    <>
      {what} As of{' '}
      <time dateTime={asOf} title={formatDateTime(asOf)}>
        {formatRelativeTime(asOf)}
      </time>
      .
    </>
  );
}
