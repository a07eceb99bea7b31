import type { Request } from 'express';
import type { z } from 'zod';
import type { EndpointDefinition } from '@chime-console/contracts';
import { badRequest } from './app-error.ts';
import { refuseUnreadableText } from './unreadable-text.ts';

export interface RequestInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** The request's path, query and body, parsed by the endpoint's contract schemas: the one place input is validated. */
export function validate(endpoint: EndpointDefinition, req: Request): RequestInput {
  refuseUnreadableText({ path: req.params, query: req.query, body: req.body });
  return {
    params: parse(endpoint.params, req.params, 'path'),
    query: parse(endpoint.query, req.query, 'query'),
    body: parse(endpoint.body, req.body ?? {}, 'body'),
  };
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.join('.') || where, message: issue.message }));
  throw badRequest(`The request ${where} is invalid: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`, fields);
}
