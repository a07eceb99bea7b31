import type { User } from '@chime-console/contracts';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

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

export function RegistrationStatus({ status }: { status: User['registrationStatus'] }) {
  return status === undefined ? '-' : <StatusIndicator type={REGISTRATION[status]}>{status}</StatusIndicator>;
}

export function InvitationStatus({ status }: { status: User['invitationStatus'] }) {
  return status === undefined ? 'Not invited' : <StatusIndicator type={INVITATION[status]}>{status}</StatusIndicator>;
}
