import { isSecretKey } from './secret-keys.ts';

/** The whole summary, as JSON, never exceeds this: the audit table is append-only, so whatever lands there stays. */
export const AUDIT_INPUT_BYTES = 4096;
/** Entries of a list kept in the summary; the rest are only counted. */
export const AUDIT_LIST_ENTRIES = 20;

interface Limits {
  /** Entries of a list kept; a longer list becomes `{ first, count }`. */
  entries: number;
  /** Characters of a string kept. */
  chars: number;
}

/** Tried in turn until the summary fits; the first is what a normal request gets. */
const LEVELS: readonly Limits[] = [
  { entries: AUDIT_LIST_ENTRIES, chars: 200 },
  { entries: 5, chars: 60 },
  { entries: 1, chars: 20 },
];
/** Keys of an object kept, and characters of a key: a refused call's body is whatever the caller sent. */
const OBJECT_KEYS = 50;
const KEY_CHARS = 64;
const MAX_DEPTH = 4;

/**
 * What the audit keeps of a request's input: secrets dropped, lists beyond 20 entries cut to the
 * first 20 and their count, long strings cut, control characters made visible, and the whole at most 4 KB of JSON. Callers pass the
 * validated input when there is one; a refused call's raw body, of any size, is summarised the same way.
 */
export function summariseInput(input: unknown): Record<string, unknown> | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  let summary: Record<string, unknown> = {};
  for (const limits of LEVELS) {
    summary = summarise(input, limits, 0) as Record<string, unknown>;
    if (Object.keys(summary).length === 0) return undefined;
    if (bytes(summary) <= AUDIT_INPUT_BYTES) return summary;
  }
  const keys = Object.keys(summary);
  while (bytes({ truncated: true, keys }) > AUDIT_INPUT_BYTES) keys.pop();
  return { truncated: true, keys };
}

function summarise(value: unknown, limits: Limits, depth: number): unknown {
  if (typeof value === 'string') return cut(visibleText(value), limits.chars);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const first = value.slice(0, limits.entries).map((entry) => summarise(entry, limits, depth + 1));
    return value.length > limits.entries ? { first, count: value.length } : first;
  }
  const entries = Object.entries(value).filter(([key]) => !isSecretKey(key));
  const kept = entries.slice(0, OBJECT_KEYS).map(([key, inner]) => [cut(visibleText(key), KEY_CHARS), summarise(inner, limits, depth + 1)]);
  if (entries.length > OBJECT_KEYS) kept.push(['…', `${entries.length - OBJECT_KEYS} more keys`]);
  return Object.fromEntries(kept);
}

/**
 * Text the audit must record whatever it holds (a refused call's raw body, a path parameter): each
 * control character as its Unicode control picture (U+0000 → ␀), which PostgreSQL can store and a
 * reader can see; each lone surrogate, which jsonb refuses, as U+FFFD.
 */
export function visibleText(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return text.toWellFormed().replace(/[\u0000-\u001f\u007f]/g, (control) => {
    const code = control.charCodeAt(0);
    return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
  });
}

const cut = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars)}…` : text);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
