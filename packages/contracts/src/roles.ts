import { z } from 'zod';

export const roleSchema = z.enum(['viewer', 'helpdesk', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** What an endpoint needs, and which roles have it: who may do what, in one table. */
export const CAPABILITY_ROLES = {
  /** List and read accounts, settings, users (never a PIN) and invitations; export CSV. */
  read: ['viewer', 'helpdesk', 'admin'],
  /** Reset or reveal a personal meeting PIN. */
  pin: ['helpdesk', 'admin'],
  /** Sign a user out everywhere; resend an invitation. */
  support: ['helpdesk', 'admin'],
  /** Invite, create, license, suspend and unsuspend users. */
  manageUsers: ['admin'],
  /** Create, rename and delete accounts; default license; account settings. */
  manageAccounts: ['admin'],
  /** Read the audit log; manage console users. */
  administer: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITY_ROLES;

export function roleMay(role: Role, capability: Capability): boolean {
  return (CAPABILITY_ROLES[capability] as readonly Role[]).includes(role);
}
