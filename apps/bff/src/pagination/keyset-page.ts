import type { z } from 'zod';
import type { CursorCodec } from './cursor-codec.ts';

export interface KeysetPage<T> {
  items: T[];
  /** Absent on the last page. */
  nextCursor?: string;
}

export interface KeysetRequest {
  cursor?: string | undefined;
  pageSize: number;
  /** What the page is of (filters, and the parent it belongs to): its cursors are valid only for these. */
  scope: unknown;
}

export interface KeysetOrder<T, P> {
  /** The row's fields that fix its place in the order: parsed from the page's last row, they travel in the cursor. */
  position: z.ZodType<P>;
  /** Up to `limit` rows strictly after `after` in the listing's order (from the start without it). */
  read: (after: P | undefined, limit: number) => Promise<T[]>;
  /** Where the position's fields are when the row does not hold them as they are ordered by. */
  positionOf?: (row: T) => unknown;
}

/**
 * One page of a listing in a stable order. One row more than the page holds is read: it only says
 * whether a next page exists, so the last page never costs an empty extra request. The next page
 * starts after the last row shown, named in a cursor that is signed and bound to the scope.
 */
export async function keysetPage<T, P>(cursors: CursorCodec, request: KeysetRequest, order: KeysetOrder<T, P>): Promise<KeysetPage<T>> {
  const after = request.cursor === undefined ? undefined : cursors.decode(request.cursor, request.scope, order.position);
  const rows = await order.read(after, request.pageSize + 1);
  const items = rows.slice(0, request.pageSize);
  const last = items.at(-1);
  return rows.length > request.pageSize && last !== undefined
    ? { items, nextCursor: cursors.encode(order.position.parse(order.positionOf ? order.positionOf(last) : last), request.scope) }
    : { items };
}
