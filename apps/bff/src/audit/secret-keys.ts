/**
 * `pin`, `PersonalPIN`, `personal_pin`, `password`, `newPassword`, `clientSecret`, `csrfToken`…:
 * compared without case, `_` or `-`. Such keys never reach the audit log, which is append-only: a
 * leaked PIN could never be removed from it.
 */
export const isSecretKey = (key: string) => {
  const normalized = key.toLowerCase().replace(/[-_]/g, '');
  return (
    normalized === 'pin' ||
    normalized === 'personalpin' ||
    normalized.endsWith('password') ||
    normalized.endsWith('secret') ||
    normalized.endsWith('token')
  );
};
