import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { endpoints, EndpointDefinition, EndpointId } from '@chime-console/contracts';
import type { AuditTarget } from '../audit/request-audit.ts';
import type { SignedIn } from '../auth/signed-in.ts';
import type { ChimeGateway } from '../chime/index.ts';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RequestContext<E extends EndpointDefinition> {
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  body: Infer<E['body']>;
  /** Present on every endpoint but the public ones. */
  session: E['access'] extends 'public' ? SignedIn | undefined : SignedIn;
  req: Request;
  res: Response;
  /** Chime, for this request only: every call's request ID goes into the request's audit entry. */
  chime: ChimeGateway;
}

type Handler<E extends EndpointDefinition, R> = (context: RequestContext<E>) => Promise<R>;

export interface RouteOptions<R> {
  /** What the request created, for its audit entry: the path cannot name it, it did not exist yet. */
  auditTarget?: (result: R) => AuditTarget;
  /** Where what the request created can be read, sent as the Location header. */
  location?: (result: R) => string;
}

export interface RouteBinding {
  id: EndpointId;
  handler: Handler<EndpointDefinition, unknown>;
  auditTarget?: ((result: unknown) => AuditTarget) | undefined;
  location?: ((result: unknown) => string) | undefined;
}

/** Binds a handler to an endpoint of the registry, typed by that endpoint's schemas. */
export function route<Id extends EndpointId, R>(
  id: Id,
  handler: Handler<(typeof endpoints)[Id], R>,
  options: RouteOptions<R> = {},
): RouteBinding {
  return {
    id,
    handler: handler,
    auditTarget: options.auditTarget as RouteBinding['auditTarget'],
    location: options.location as RouteBinding['location'],
  };
}
