import type { Role } from '@chime-console/contracts';

/** Demo sign-ins, one per role; printed at start. Demo mode only. */
export const DEMO_USERS: { username: string; password: string; role: Role }[] = [
  { username: 'admin', password: 'admin-demo-password', role: 'admin' },
  { username: 'helpdesk', password: 'helpdesk-demo-password', role: 'helpdesk' },
  { username: 'manager', password: 'manager-demo-password', role: 'viewer' },
];
