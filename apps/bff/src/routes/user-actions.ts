import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { resetPin, revealPin } from '../use-cases/personal-pin.ts';
import { resendInvitation } from '../use-cases/resend-invitation.ts';

/** Helpdesk's actions on one user. */
export const userActionRoutes = ({ db }: Services) => [
  route('resetPin', ({ params, chime }) => resetPin(chime, params)),
  route('revealPin', ({ params, chime }) => revealPin(chime, params)),
  route('logoutUser', ({ params, chime }) => chime.logoutUser(params.accountId, params.userId)),
  route('resendInvitation', ({ params, session, chime }) => resendInvitation({ chime, db }, params, session.username)),
];
