import { badRequest } from '../http/app-error.ts';

/**
 * Enforces one of Chime's per-call list limits before calling (the SDK checks none of them), so a
 * too-large batch is the caller's 400, not an upstream one. Duplicates are sent once and so get one result.
 */
export function distinctWithin(values: readonly string[], limit: number, field: 'userIds' | 'emails'): string[] {
  // Chime matches emails whatever their case, so two spellings of one address are one invitation.
  const keyOf = field === 'emails' ? (value: string) => value.toLowerCase() : (value: string) => value;
  const distinct = [...new Map(values.map((value) => [keyOf(value), value])).values()];
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
