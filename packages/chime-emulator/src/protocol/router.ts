import { BadRequestException, UnknownOperationException } from './errors.ts';
import type { Operation } from '../operations/operation.ts';

export interface RouteMatch {
  operation: Operation;
  /** Percent-decoded URI labels keyed by member name. */
  labels: Record<string, string>;
  /** Percent-decoded query parameters. */
  query: Map<string, string>;
}

interface CompiledRoute {
  operation: Operation;
  /** Literal segments as strings, labels as `{ label: member }`. */
  segments: (string | { label: string })[];
}

/**
 * Routes by method + path + the `operation` query value. Four POST operations share
 * `/accounts/{id}/users` and three share `/accounts/{id}/users/{userId}`, so the path alone never
 * decides; an absent `operation` selects BatchUpdateUser / UpdateUser / UpdateAccount.
 */
export function createRouter(operations: readonly Operation[]): (method: string, rawUrl: string) => RouteMatch {
  const routes: CompiledRoute[] = operations.map((operation) => ({
    operation,
    segments: operation.http.path
      .split('/')
      .slice(1)
      .map((segment) => (segment.startsWith('{') ? { label: segment.slice(1, -1) } : segment)),
  }));

  return (method, rawUrl) => {
    const queryStart = rawUrl.indexOf('?');
    const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = parseQuery(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const operationName = query.get('operation');
    // Labels are matched on the raw segment, then decoded: an ID may contain an encoded '/'.
    const pathSegments = rawPath.split('/').slice(1);
    for (const route of routes) {
      if (route.operation.http.method !== method || route.operation.http.operation !== operationName) continue;
      const labels = matchSegments(route.segments, pathSegments);
      if (labels) return { operation: route.operation, labels, query };
    }
    const suffix = operationName === undefined ? '' : ` with operation=${operationName}`;
    throw new UnknownOperationException(`No Chime operation matches ${method} ${rawPath}${suffix}.`);
  };
}

function matchSegments(template: CompiledRoute['segments'], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const segment = actual[index] as string;
    if (typeof part === 'string') {
      if (part !== segment) return undefined;
    } else {
      labels[part.label] = decode(segment);
    }
  }
  return labels;
}

/** RFC 3986 query parsing: unlike URLSearchParams, a literal '+' stays a '+'. */
export function parseQuery(rawQuery: string): Map<string, string> {
  const query = new Map<string, string>();
  if (rawQuery === '') return query;
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decode(equals === -1 ? pair : pair.slice(0, equals));
    if (!query.has(key)) query.set(key, equals === -1 ? '' : decode(pair.slice(equals + 1)));
  }
  return query;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    throw new BadRequestException(`Malformed percent-encoding in request URI: ${component}`);
  }
}
