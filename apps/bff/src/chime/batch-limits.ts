import { badRequest } from '../http/app-error.ts';

/**
 * Enforces one of Chime's per-call list limits before calling (the SDK checks none of them), so a
 * too-large batch is the caller's 400, not an upstream one. Duplicates are sent once and so get one result.
 */
export function distinctWithin(values: readonly string[], limit: number, field: TargetKind): string[] {
  const distinct = distinctTargets(values, field);
  const noun = field === 'emails' ? 'emails' : 'user IDs';
  if (distinct.length === 0) throw badRequest(`Give at least one of the ${noun}.`, [{ field, message: 'must not be empty' }]);
  if (distinct.length > limit) {
    throw badRequest(
      `Chime takes at most ${limit} ${noun} per call; this request has ${distinct.length}. Send them in chunks of ${limit}.`,
      [{ field, message: `must have at most ${limit} items` }],
    );
  }
  return distinct;
}

export type TargetKind = 'userIds' | 'emails';

/**
 * Each target once, in the order first given, spelt as first given. Chime matches emails whatever
 * their case, so two spellings of one address are one invitation; user IDs are matched exactly.
 */
export function distinctTargets(values: readonly string[], kind: TargetKind): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = kind === 'emails' ? value.toLowerCase() : value;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
