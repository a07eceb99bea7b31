import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { exportInvitations } from '../use-cases/export-invitations.ts';
import { findExistingEmails } from '../use-cases/find-existing-emails.ts';
import { exportInvitationOverview, invitationOverview } from '../use-cases/invitation-overview.ts';
import { listInvitations } from '../use-cases/list-invitations.ts';

export const invitationRoutes = ({ db, cursors, config }: Services) => [
  route('listInvitations', ({ params, query, chime }) =>
    listInvitations({ chime, db, cursors, sweepSeconds: config.directorySweepSeconds }, params.accountId, query),
  ),
  route('exportInvitations', ({ params, query, res, chime }) =>
    exportInvitations({ chime, db, sweepSeconds: config.directorySweepSeconds }, params.accountId, query, res),
  ),
  route('checkInviteEmails', async ({ params, body, chime }) => ({
    existing: await findExistingEmails({ chime, db }, params.accountId, body.emails),
  })),
  route('exportInvitationOverview', ({ res }) => exportInvitationOverview(db, res)),
  route('invitationOverview', () => invitationOverview(db)),
];
