/** `pin`, `PersonalPIN`, `personal_pin`, `password`, `newPassword`, `clientSecret`…: compared without case, `_` or `-`. */
const isSecretKey = (key: string) => {
  const normalized = key.toLowerCase().replace(/[-_]/g, '');
  return normalized === 'pin' || normalized === 'personalpin' || normalized.endsWith('password') || normalized.endsWith('secret');
};

/**
 * A copy of `value` without any secret-named key, at any depth. The callers already leave PINs out;
 * this is the last line of defence, because the audit log is append-only and a leaked PIN could never
 * be removed from it.
 */
export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isSecretKey(key))
      .map(([key, inner]) => [key, stripSecrets(inner)]),
  );
}
