import { BATCH_LICENSE_LIMIT, BATCH_USER_LIMIT, INVITE_LIMIT, type JobKind } from '@chime-console/contracts';

/** Per kind: the Chime operation a chunk is one call of, and how many items that call takes. */
export const JOB_KINDS: Record<JobKind, { operation: string; chunkSize: number; action: string }> = {
  invite: { operation: 'InviteUsers', chunkSize: INVITE_LIMIT, action: 'invited' },
  license: { operation: 'BatchUpdateUser', chunkSize: BATCH_LICENSE_LIMIT, action: 'licensed' },
  suspend: { operation: 'BatchSuspendUser', chunkSize: BATCH_USER_LIMIT, action: 'suspended' },
  unsuspend: { operation: 'BatchUnsuspendUser', chunkSize: BATCH_USER_LIMIT, action: 'unsuspended' },
  // Chime signs out one user per call.
  logout: { operation: 'LogoutUser', chunkSize: 1, action: 'signed out' },
};
