import type { Express, Request, Response } from 'express';
import { endpoints, type EndpointDefinition, type EndpointId } from '@chime-console/contracts';
import { RequestAudit, type WriteAuditEntry } from '../audit/request-audit.ts';
import type { SignedIn } from '../auth/signed-in.ts';
import type { ChimeGateway } from '../chime/index.ts';
import { authenticate, authorise, checkCsrf, requireOwnPassword, STATE_CHANGING } from './admission.ts';
import { validate } from './request-input.ts';
import type { RequestContext, RouteBinding } from './route.ts';
import { strictResponse } from './strict-response.ts';

export interface RouterDependencies {
  findSession: (req: Request) => Promise<SignedIn | undefined>;
  /** Never rejects: a change Chime has made is answered as made, whatever happens to its entry. */
  audit: WriteAuditEntry;
  /** The shared gateway; each request gets its own tracing view of it. */
  chime: ChimeGateway;
  /** Validate every response strictly against its schema and send the parsed result (tests); off in production for speed. */
  checkResponses: boolean;
}

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
      await serve(binding, endpoint, req, res, deps);
    });
  }
}

async function serve(
  { id, handler, auditTarget, location }: RouteBinding,
  endpoint: EndpointDefinition,
  req: Request,
  res: Response,
  deps: RouterDependencies,
) {
  const session = await deps.findSession(req);
  authenticate(endpoint, session);
  const audit = new RequestAudit(
    {
      action: id,
      actor: session,
      changesState: STATE_CHANGING.has(endpoint.method) && endpoint.access !== 'public',
      params: req.params,
      rawBody: req.body,
      clientIp: req.ip,
    },
    deps.audit,
  );
  await audit.refusing(() => {
    authorise(endpoint, session);
    requireOwnPassword(id, session);
    checkCsrf(id, endpoint, session, req);
  });
  const input = validate(endpoint, req);
  audit.describe(input.body);
  const context = {
    ...input,
    session,
    req,
    res,
    chime: deps.chime.tracing(audit.upstreamRequestIds),
  } as RequestContext<EndpointDefinition>;
  const result = await audit.outcomeOf(() => handler(context), auditTarget);
  if (location) res.location(location(result));
  respond(id, endpoint, result, res, deps.checkResponses);
}

function respond(id: EndpointId, endpoint: EndpointDefinition, result: unknown, res: Response, checkResponses: boolean) {
  if (endpoint.produces === 'text/csv' || res.headersSent) return;
  if (endpoint.status === 204 || endpoint.response === undefined) {
    res.status(204).end();
    return;
  }
  // Production sends what the handler built, unchecked: the users page must cost no more than the SDK call.
  const body = checkResponses ? strictResponse(endpoint.response, result, id) : result;
  res.status(endpoint.status ?? 200).json(body);
}
