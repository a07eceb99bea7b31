import type { User } from '@chime-console/contracts';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import { daysSince, formatPendingAge } from '@/lib/format.ts';

const REGISTRATION: Record<NonNullable<User['registrationStatus']>, StatusIndicatorProps.Type> = {
  Registered: 'success',
  Unregistered: 'pending',
  Suspended: 'stopped',
};

const INVITATION: Record<NonNullable<User['invitationStatus']>, StatusIndicatorProps.Type> = {
  Accepted: 'success',
  Pending: 'pending',
  Failed: 'error',
};

/** Past this a pending invitation is worth chasing (the invitations summary's "Pending > 7 days"). */
export const STALE_PENDING_DAYS = 7;

export function RegistrationStatus({ status }: { status: User['registrationStatus'] }) {
  return status === undefined ? '-' : <StatusIndicator type={REGISTRATION[status]}>{status}</StatusIndicator>;
}

/** "Pending 12 days": how long a pending invitation has waited, from Chime's InvitedOn. */
export const pendingLabel = (invitedOn: string | undefined, now = Date.now()): string => formatPendingAge(invitedOn, now);

/** The invitation's status; a pending one says for how long, with a warning once it is worth a reminder. */
export function InvitationStatus({ status, invitedOn }: { status: User['invitationStatus']; invitedOn?: string | undefined }) {
  if (status === undefined) return 'Not invited';
  if (status !== 'Pending') return <StatusIndicator type={INVITATION[status]}>{status}</StatusIndicator>;
  const stale = (daysSince(invitedOn) ?? 0) > STALE_PENDING_DAYS;
  return <StatusIndicator type={stale ? 'warning' : INVITATION.Pending}>{pendingLabel(invitedOn)}</StatusIndicator>;
}
