import type { z } from 'zod';

/**
 * The response as its schema declares it, refusing any key the schema does not know. Zod objects
 * strip unknown keys silently, so a plain parse would hide a handler that leaks a field (a
 * `PersonalPIN` among them); this runs in tests only, where the cost of a second walk does not matter.
 */
export function strictResponse(schema: z.ZodType, result: unknown, what: string): unknown {
  const parsed = schema.parse(result);
  const extra = undeclaredKeys(result, parsed, '');
  if (extra.length > 0) throw new Error(`${what} answered keys its response schema does not declare: ${extra.join(', ')}`);
  return parsed;
}

/** Paths present (and defined) in `sent` but missing from what the schema kept. */
function undeclaredKeys(sent: unknown, kept: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((entry, i) => undeclaredKeys(entry, kept[i], `${path}[${i}]`));
  if (!isPlainObject(sent) || !isPlainObject(kept)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const at = path === '' ? key : `${path}.${key}`;
    return Object.hasOwn(kept, key) ? undeclaredKeys(value, kept[key], at) : [at];
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
