import { badRequest } from './app-error.ts';

/**
 * C0 controls and DEL: PostgreSQL's text and jsonb cannot hold U+0000, and no field of the API is
 * multi-line, so none of them belongs in a name, an email or an ID. A lone UTF-16 surrogate is not
 * text at all: jsonb refuses its escape, and UTF-8 would silently turn it into U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What the boundary lets through: no control character, no lone surrogate. */
export const isReadableText = (text: string): boolean => !UNREADABLE.test(text);

interface Finding {
  field: string;
  message: string;
}

/**
 * Refuses a request whose path parameters, query or body hold unreadable text anywhere, keys
 * included, before any of it reaches validation, Chime or the database: one check for every
 * endpoint, rather than a rule on each field of the contract.
 */
export function refuseUnreadableText(parts: Record<'path' | 'query' | 'body', unknown>): void {
  const findings = Object.entries(parts).flatMap(([where, value]) => find(value, []).map((finding) => ({ where, ...finding })));
  if (findings.length === 0) return;
  const [first] = findings;
  throw badRequest(
    `The request ${first?.where ?? 'input'} is invalid: ${findings.map((f) => `${f.field || f.where} ${f.message}`).join('; ')}.`,
    findings.map(({ field, where, message }) => ({ field: field || where, message })),
  );
}

function find(value: unknown, path: readonly string[]): Finding[] {
  if (typeof value === 'string') return inspect(value, path);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => [
    ...inspect(key, [...path, key]).map((finding) => ({ ...finding, message: `(a key) ${finding.message}` })),
    ...find(member, [...path, key]),
  ]);
}

function inspect(text: string, path: readonly string[]): Finding[] {
  const found = UNREADABLE.exec(text)?.[0];
  if (found === undefined) return [];
  const code = (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const message = /[\ud800-\udfff]/.test(found) ? 'is not valid Unicode text' : `must not contain control characters (U+${code} found)`;
  return [{ field: path.join('.'), message }];
}
