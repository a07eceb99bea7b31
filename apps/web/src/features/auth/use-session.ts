import { roleMay, type Capability, type Session } from '@chime-console/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionQueryOptions } from './api/get-session.ts';

/**
 * The signed-in person; only used below the route guard, which has already loaded the session.
 * When the session ends (sign-out sets it to null) this subtree may render once more before the
 * guard above sends the person to sign-in: it keeps the session it had, rather than failing a render
 * React would then redo from the root (React error #520 in the console on every sign-out).
 */
export function useSession(): Session {
  const { data } = useSuspenseQuery(sessionQueryOptions());
  const [kept, setKept] = useState(data);
  if (data !== null && data !== kept) setKept(data);
  const session = data ?? kept;
  if (session === null) throw new Error('useSession outside a signed-in route');
  return session;
}

/** Whether the signed-in person's role holds a capability, to hide or disable what it may not do (the BFF refuses it anyway). */
export function useMay(capability: Capability): boolean {
  return roleMay(useSession().role, capability);
}

/** The reason shown on a disabled action. */
export const ROLE_REASON: Record<Capability, string> = {
  read: 'Signed-in people only.',
  pin: 'Only helpdesk and admins can reset or reveal PINs.',
  support: 'Only helpdesk and admins can do this.',
  manageUsers: 'Only admins can change users.',
  manageAccounts: 'Only admins can change accounts.',
  administer: 'Only admins can do this.',
};
