import type { Request } from 'express';
import { roleMay, type EndpointDefinition, type EndpointId } from '@chime-console/contracts';
import { sameSecret } from '../auth/same-secret.ts';
import type { SignedIn } from '../auth/signed-in.ts';
import { AppError, forbidden, unauthenticated } from './app-error.ts';

/** The checks a request passes before its input is even read, in order; each throws its refusal. */

export const STATE_CHANGING = new Set(['post', 'patch', 'put', 'delete']);
// Login has no session yet; JSON-only bodies and SameSite=Lax cookies keep it from being forged.
const CSRF_EXEMPT = new Set<EndpointId>(['login']);
/** All a person with a forced password may do until they choose their own. */
const BEFORE_PASSWORD_CHANGE = new Set<EndpointId>(['me', 'logout', 'changePassword']);

/** Every endpoint but the public ones needs a session; without one, 401 (not audited: there is no one to name). */
export function authenticate(endpoint: EndpointDefinition, session: SignedIn | undefined): void {
  if (endpoint.access !== 'public' && !session) throw unauthenticated();
}

export function authorise(endpoint: EndpointDefinition, session: SignedIn | undefined): void {
  if (!session || endpoint.access === 'public' || endpoint.access === 'signedIn') return;
  if (!roleMay(session.role, endpoint.access)) {
    throw forbidden(`Your role (${session.role}) may not ${endpoint.summary.toLowerCase()}; ask an admin.`);
  }
}

export function requireOwnPassword(id: EndpointId, session: SignedIn | undefined): void {
  if (session?.mustChangePassword === true && !BEFORE_PASSWORD_CHANGE.has(id)) throw passwordChangeRequired();
}

export function checkCsrf(id: EndpointId, endpoint: EndpointDefinition, session: SignedIn | undefined, req: Request): void {
  if (!session || !STATE_CHANGING.has(endpoint.method) || CSRF_EXEMPT.has(id)) return;
  const given = req.get('x-csrf-token');
  // In constant time: response timing must not reveal how much of a guessed token was right.
  if (given === undefined || !sameSecret(given, session.csrfToken)) throw csrfFailed();
}

const passwordChangeRequired = () =>
  new AppError({
    code: 'password_change_required',
    status: 403,
    title: 'Password change required',
    detail: 'An admin set a temporary password for you; choose your own password to continue.',
  });

const csrfFailed = () =>
  new AppError({
    code: 'csrf_failed',
    status: 403,
    title: 'Not allowed',
    detail: 'The request is missing its CSRF token; reload the page and try again.',
  });
