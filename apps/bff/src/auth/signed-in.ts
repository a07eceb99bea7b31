import type { Role } from '@chime-console/contracts';

/** The person behind a request, as their session says. */
export interface SignedIn {
  sessionToken: string;
  userId: string;
  username: string;
  role: Role;
  csrfToken: string;
  mustChangePassword: boolean;
}
