import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { sameSecret } from '../auth/same-secret.ts';
import { AppError } from '../http/app-error.ts';

/**
 * Opaque cursors for the browser: they carry the upstream NextToken (and, for scans, where the
 * scan stopped) and are bound to the filters they were issued for, signed so they cannot be
 * edited. Reused with other filters they are a 400, never a silently wrong page.
 */
export interface CursorCodec {
  encode(state: unknown, filters: unknown): string;
  decode<T>(cursor: string, filters: unknown, shape: z.ZodType<T>): T;
}

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);
  const fingerprint = (filters: unknown) => createHmac('sha256', secret).update(stableJson(filters)).digest('base64url').slice(0, 16);
  return {
    encode(state, filters) {
      const body = Buffer.from(JSON.stringify({ s: state, f: fingerprint(filters) })).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    decode(cursor, filters, shape) {
      const [body = '', signature = ''] = cursor.split('.');
      if (!sameSecret(signature, sign(body))) {
        throw invalid('invalid_cursor', 'The page cursor is not valid; start again from the first page.');
      }
      const decoded = z.object({ s: shape, f: z.string() }).safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
      if (!decoded.success) throw invalid('invalid_cursor', 'The page cursor is not valid; start again from the first page.');
      if (decoded.data.f !== fingerprint(filters)) {
        throw invalid('cursor_mismatch', 'The page cursor belongs to other filters; start again from the first page.');
      }
      return decoded.data.s;
    },
  };
}

const invalid = (code: string, detail: string) =>
  new AppError({ code, status: 400, title: 'Invalid request', detail, fields: [{ field: 'cursor', message: detail }] });

/** JSON with sorted keys and without undefined members, so equal filters fingerprint equally. */
function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`).join(',')}}`;
}
