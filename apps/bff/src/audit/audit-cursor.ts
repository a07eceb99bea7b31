import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../http/app-error.ts';

export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  accountId?: string | undefined;
  /** ISO-8601, inclusive. */
  from?: string | undefined;
  /** ISO-8601, exclusive. */
  to?: string | undefined;
}

/** The last entry of a page: the next page starts strictly after it in (at, id) descending order. */
export interface AuditPosition {
  at: string;
  id: string;
}

const payloadSchema = z.object({
  at: z.iso.datetime(),
  id: z.string().regex(/^\d{1,19}$/),
  f: z.string(),
});

/**
 * The cursor names a position, not a secret, so it is not signed; the filter digest makes a cursor
 * copied into a view with other filters fail loudly instead of silently skipping entries.
 */
export function filtersDigest(filters: AuditFilters): string {
  const normalized = [filters.actor, filters.action, filters.accountId, filters.from, filters.to].map((value) => value ?? null);
  return createHash('sha256').update(JSON.stringify(normalized)).digest('base64url').slice(0, 22);
}

export function encodeCursor(position: AuditPosition, filters: AuditFilters): string {
  return Buffer.from(JSON.stringify({ at: position.at, id: position.id, f: filtersDigest(filters) })).toString('base64url');
}

export function decodeCursor(cursor: string, filters: AuditFilters): AuditPosition {
  const payload = payloadSchema.safeParse(parseJson(cursor));
  if (!payload.success) {
    throw new AppError({
      code: 'invalid_cursor',
      status: 400,
      title: 'Invalid request',
      detail: 'The page cursor is not valid; go back to the first page.',
    });
  }
  if (payload.data.f !== filtersDigest(filters)) {
    throw new AppError({
      code: 'cursor_mismatch',
      status: 400,
      title: 'Invalid request',
      detail: 'The page cursor belongs to other filters; go back to the first page.',
    });
  }
  return { at: payload.data.at, id: payload.data.id };
}

function parseJson(cursor: string): unknown {
  if (!/^[\w-]{1,2048}$/.test(cursor)) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
