import { timingSafeEqual } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { endpoints, roleMay, type EndpointDefinition, type EndpointId, type Role } from '@chime-console/contracts';
import { summariseInput } from '../audit/audit-input.ts';
import { AppError, badRequest, forbidden, unauthenticated } from './app-error.ts';
import { strictResponse } from './strict-response.ts';
import { refuseUnreadableText } from './unreadable-text.ts';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface SignedIn {
  sessionToken: string;
  userId: string;
  username: string;
  role: Role;
  csrfToken: string;
  mustChangePassword: boolean;
}

export interface AuditRecord {
  action: string;
  actor: string;
  role: Role | undefined;
  accountId: string | undefined;
  userId: string | undefined;
  input: Record<string, unknown> | undefined;
  result: 'ok' | 'error' | 'denied';
  errorCode: string | undefined;
  upstreamRequestId: string | undefined;
  clientIp: string | undefined;
}

export interface RouterDependencies {
  findSession: (req: Request) => Promise<SignedIn | undefined>;
  /** Never rejects: a change Chime has made is answered as made, whatever happens to its entry. */
  audit: (record: AuditRecord) => Promise<void>;
  /** Validate every response strictly against its schema and send the parsed result (tests); off in production for speed. */
  checkResponses: boolean;
}

export interface RequestContext<E extends EndpointDefinition> {
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  body: Infer<E['body']>;
  /** Present on every endpoint but the public ones. */
  session: E['access'] extends 'public' ? SignedIn | undefined : SignedIn;
  req: Request;
  res: Response;
  /** Set by a handler that called Chime, so the audit entry can carry it. */
  upstreamRequestId?: string;
  /** Set by a handler that created something, so the audit entry names it (the path cannot: it did not exist yet). */
  target?: AuditTarget;
}

export interface AuditTarget {
  accountId?: string;
  /** A Chime user, or a console user. */
  userId?: string;
}

type Handler<E extends EndpointDefinition> = (context: RequestContext<E>) => Promise<unknown>;

export interface RouteBinding {
  id: EndpointId;
  handler: Handler<EndpointDefinition>;
}

/** Binds a handler to an endpoint of the registry, typed by that endpoint's schemas. */
export function route<Id extends EndpointId>(id: Id, handler: Handler<(typeof endpoints)[Id]>): RouteBinding {
  return { id, handler };
}

const STATE_CHANGING = new Set(['post', 'patch', 'put', 'delete']);
// Login has no session yet; JSON-only bodies and SameSite=Lax cookies keep it from being forged.
const CSRF_EXEMPT = new Set<EndpointId>(['login']);
/** All a person with a forced password may do until they choose their own. */
const BEFORE_PASSWORD_CHANGE = new Set<EndpointId>(['me', 'logout', 'changePassword']);

/**
 * Mounts every endpoint of the registry. Refuses to start if one has no handler, so the API, its
 * OpenAPI document and the role-matrix test cannot drift apart.
 */
export function mountEndpoints(app: Express, bindings: readonly RouteBinding[], deps: RouterDependencies): void {
  const byId = new Map(bindings.map((binding) => [binding.id, binding]));
  const missing = (Object.keys(endpoints) as EndpointId[]).filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`Endpoints without a handler: ${missing.join(', ')}`);
  for (const [id, binding] of byId) {
    const endpoint: EndpointDefinition = endpoints[id];
    app[endpoint.method](endpoint.path, async (req: Request, res: Response) => {
      await serve(id, endpoint, binding.handler, req, res, deps);
    });
  }
}

async function serve(
  id: EndpointId,
  endpoint: EndpointDefinition,
  handler: Handler<EndpointDefinition>,
  req: Request,
  res: Response,
  deps: RouterDependencies,
) {
  const session = await deps.findSession(req);
  const audited = STATE_CHANGING.has(endpoint.method) && endpoint.access !== 'public';
  // Until the input is validated a refusal's summary is made from the raw body, which may be
  // megabytes of anything: the summary bounds it and makes every string storable either way.
  let summary = () => summariseInput(req.body);
  let target: AuditTarget | undefined;
  let upstreamRequestId: string | undefined;
  const audit = (result: AuditRecord['result'], error?: AppError) =>
    deps.audit({
      action: id,
      actor: session?.username ?? 'anonymous',
      role: session?.role,
      accountId: target?.accountId ?? stringParam(req, 'accountId'),
      // The target user: a Chime user, or a console user on the console-user endpoints.
      userId: target?.userId ?? stringParam(req, 'userId') ?? stringParam(req, 'id'),
      input: summary(),
      result,
      errorCode: error?.code,
      upstreamRequestId: error?.upstreamRequestId ?? upstreamRequestId,
      clientIp: req.ip,
    });
  const refuse = async (refusal: AppError): Promise<never> => {
    await audit('denied', refusal);
    throw refusal;
  };

  if (endpoint.access !== 'public') {
    if (!session) throw unauthenticated();
    if (endpoint.access !== 'signedIn' && !roleMay(session.role, endpoint.access)) {
      await refuse(forbidden(`Your role (${session.role}) may not ${endpoint.summary.toLowerCase()}; ask an admin.`));
    }
    if (session.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(id)) await refuse(passwordChangeRequired());
    if (STATE_CHANGING.has(endpoint.method) && !CSRF_EXEMPT.has(id) && !csrfTokenMatches(req.get('x-csrf-token'), session.csrfToken)) {
      await refuse(csrfFailed());
    }
  }

  refuseUnreadableText({ path: req.params, query: req.query, body: req.body });
  const context = {
    params: parse(endpoint.params, req.params, 'path'),
    query: parse(endpoint.query, req.query, 'query'),
    body: parse(endpoint.body, req.body ?? {}, 'body'),
    session,
    req,
    res,
  } as RequestContext<EndpointDefinition>;
  // Summarised before the call: once Chime has changed something, nothing may stop its entry being written.
  const input = summariseInput(context.body);
  summary = () => input;

  let result: unknown;
  try {
    result = await handler(context);
  } catch (error) {
    ({ target, upstreamRequestId } = context);
    if (audited) await audit('error', error instanceof AppError ? error : undefined);
    throw error;
  }
  ({ target, upstreamRequestId } = context);
  if (audited) await audit('ok');
  if (endpoint.produces === 'text/csv' || res.headersSent) return;
  if (endpoint.status === 204 || endpoint.response === undefined) {
    res.status(204).end();
    return;
  }
  // Production sends what the handler built, unchecked: the users page must cost no more than the SDK call.
  const body = deps.checkResponses ? strictResponse(endpoint.response, result, id) : result;
  res.status(endpoint.status ?? 200).json(body);
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

/** Compared in constant time, so response timing does not reveal how much of a guessed token was right. */
function csrfTokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.join('.') || where, message: issue.message }));
  throw badRequest(`The request ${where} is invalid: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}.`, fields);
}

function stringParam(req: Request, name: string): string | undefined {
  const value: unknown = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
