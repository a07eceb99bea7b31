import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { changeLicenses, suspendUsers, unsuspendUsers } from '../use-cases/batch-change.ts';
import { inviteUsers } from '../use-cases/invite-users.ts';

export const batchRoutes = ({ db }: Services) => [
  route('batchChangeLicense', ({ params, body, chime }) => changeLicenses(chime, params.accountId, body)),
  route('batchSuspend', ({ params, body, chime }) => suspendUsers(chime, params.accountId, body.userIds)),
  route('batchUnsuspend', ({ params, body, chime }) => unsuspendUsers(chime, params.accountId, body.userIds)),
  route('inviteUsers', ({ params, body, session, chime }) => inviteUsers({ chime, db }, params.accountId, body, session.username)),
];
