import type { Role } from '@chime-console/contracts';

export const ROLE_LABEL: Record<Role, string> = { admin: 'Admin', helpdesk: 'Helpdesk', viewer: 'Viewer' };

/** What each role may do (the capabilities in the contracts' CAPABILITY_ROLES), shown where a role is chosen. */
export const ROLE_OPTIONS: { value: Role; label: string; description: string }[] = [
  { value: 'viewer', label: ROLE_LABEL.viewer, description: 'Read-only: accounts, users, invitations, CSV exports. Never sees a PIN.' },
  {
    value: 'helpdesk',
    label: ROLE_LABEL.helpdesk,
    description: 'Viewer, plus reset or reveal PINs, sign users out, resend invitations.',
  },
  {
    value: 'admin',
    label: ROLE_LABEL.admin,
    description: 'Everything: accounts, users, settings, the audit log and console users.',
  },
];
