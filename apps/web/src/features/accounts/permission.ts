/**
 * Whether the signed-in person may change accounts, and why not. The page works it out from the
 * session (features do not read each other's state) and hands it down; the BFF refuses anyway.
 */
export type Permission = { allowed: true } | { allowed: false; reason: string };
