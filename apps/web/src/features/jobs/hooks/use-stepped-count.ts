import { useEffect, useState } from 'react';

/** Steps a count climbs through to catch up, and the pause between two. */
const STEPS = 8;
const STEP_MS = 150;

/** The next count shown on the way from `shown` to `target` out of `total`: a step up, never past it; straight down. */
export function nextStep(shown: number, target: number, total: number): number {
  if (target <= shown) return target;
  return Math.min(target, shown + Math.max(1, Math.ceil(total / STEPS)));
}

/**
 * A count that climbs to `target` in steps instead of jumping: a small job is often done between
 * two reads of its progress, and a bar that leaps from 0 to the end never shows it was working.
 * It trails the real count by about a second at most; a count going down (a retry) shows at once.
 * `from` is where it starts: 0 where the job is followed from its start, even if it ended before the first read.
 */
export function useSteppedCount(target: number, total: number, from = target): number {
  const [shown, setShown] = useState(from);
  const behind = shown < target;
  useEffect(() => {
    if (!behind) return;
    const timer = setTimeout(() => setShown((current) => nextStep(current, target, total)), STEP_MS);
    return () => clearTimeout(timer);
  }, [behind, shown, target, total]);
  return shown > target ? target : shown;
}
