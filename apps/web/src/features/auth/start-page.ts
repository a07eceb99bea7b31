import type { Role } from '@chime-console/contracts';
import { paths } from '@/config/paths.ts';

/**
 * Where each role's work starts, when no link says where to go: helpdesk finds a user, a manager
 * (viewer) reviews invitations, an admin runs accounts.
 */
export function startPage(role: Role): string {
  switch (role) {
    case 'helpdesk':
      return paths.findUser.to();
    case 'viewer':
      return paths.invitations.to();
    case 'admin':
      return paths.accounts.to();
  }
}
