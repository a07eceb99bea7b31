import type { JobItem } from '@chime-console/contracts';

export type ItemFailure = NonNullable<JobItem['error']>;

/**
 * Chime's per-user error codes (BatchUpdateUser, BatchSuspendUser …) that a later call may get
 * past: throttling and Chime's own failures. Any other (NotFound, BadRequest, Conflict, Forbidden)
 * is an answer about the user or the request, and the same call would get it again.
 */
const TRANSIENT_CHIME_CODES = new Set(['Throttled', 'Throttling', 'ServiceFailure', 'ServiceUnavailable']);

const CHIME_REASONS: Record<string, string> = {
  NotFound: 'Chime has no such user in this account; it may have been deleted.',
  BadRequest: 'Chime refused the change for this user as not allowed in its current state.',
  Conflict: 'Chime refused the change: it conflicts with the user’s current state.',
  Forbidden: 'Chime does not allow this change for this user.',
  PreconditionFailed: 'Chime refused the change: the user is not in a state that allows it.',
  Throttled: 'Chime was busy and turned the call away; retrying later usually works.',
  Throttling: 'Chime was busy and turned the call away; retrying later usually works.',
  ServiceFailure: 'Chime failed while changing this user; retrying usually works.',
  ServiceUnavailable: 'Chime was unavailable; retrying usually works.',
};

/** One user's error from a Chime batch call, in plain words, with whether retrying can help. */
export function chimeUserFailure(error: { code: string; message: string }): ItemFailure {
  const reason = CHIME_REASONS[error.code];
  return {
    code: error.code,
    message: reason === undefined ? error.message : `${reason} (Chime said: ${error.message})`,
    retryable: TRANSIENT_CHIME_CODES.has(error.code),
  };
}

/**
 * InviteUsers answered Failed for the address. Chime gives no reason; it does this for an address
 * that belongs to a user of another Chime account, and asking again gets the same answer.
 */
export const invitationRefused: ItemFailure = {
  code: 'invitation_failed',
  message: 'Chime refused this address: it usually belongs to a user of another Chime account. Sending it again would fail the same way.',
  retryable: false,
};
