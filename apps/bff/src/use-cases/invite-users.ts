import type { User } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { recordInvitations } from '../invitations/invitation-store.ts';

/** One InviteUsers call (up to Chime's 50 emails); what Chime accepted is recorded for tracking. */
export async function inviteUsers(
  { chime, db }: { chime: ChimeGateway; db: Database },
  accountId: string,
  request: { emails: readonly string[]; userType?: User['userType'] },
  sentBy: string,
) {
  const invites = await chime.inviteUsers(accountId, request.emails, request.userType);
  await recordInvitations(db, { accountId, sentBy }, invites);
  return { invites };
}
