export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The named array member of a JSON object, or undefined. */
export function arrayMember(value: unknown, key: string): unknown[] | undefined {
  if (!isRecord(value)) return undefined;
  const member = value[key];
  return Array.isArray(member) ? (member as unknown[]) : undefined;
}
