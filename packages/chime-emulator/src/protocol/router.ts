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
  // By method, then by segment count: the only routes a request could match.
  const candidates = new Map<string, CompiledRoute[][]>();
  for (const operation of operations) {
    const segments = operation.http.path
      .split('/')
      .slice(1)
      .map((segment) => (segment.startsWith('{') ? { label: segment.slice(1, -1) } : segment));
    const byDepth = candidates.get(operation.http.method) ?? [];
    candidates.set(operation.http.method, byDepth);
    (byDepth[segments.length] ??= []).push({ operation, segments });
  }

  return (method, rawUrl) => {
    const queryStart = rawUrl.indexOf('?');
    const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = parseQuery(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const operationName = query.get('operation');
    // Labels are matched on the raw segment, then decoded: an ID may contain an encoded '/'.
    const pathSegments = rawPath.split('/');
    for (const route of candidates.get(method)?.[pathSegments.length - 1] ?? []) {
      if (route.operation.http.operation !== operationName) continue;
      const labels = matchSegments(route.segments, pathSegments);
      if (labels) return { operation: route.operation, labels, query };
    }
    const suffix = operationName === undefined ? '' : ` with operation=${operationName}`;
    throw new UnknownOperationException(`No Chime operation matches ${method} ${rawPath}${suffix}.`);
  };
}

/** `actual` still has the empty segment before the path's leading '/'. */
function matchSegments(template: CompiledRoute['segments'], actual: string[]): Record<string, string> | undefined {
  for (let index = 0; index < template.length; index++) {
    const part = template[index];
    if (typeof part === 'string' && part !== actual[index + 1]) return undefined;
  }
  const labels: Record<string, string> = {};
  for (let index = 0; index < template.length; index++) {
    const part = template[index];
    if (typeof part === 'object') labels[part.label] = decode(actual[index + 1] as string);
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
  if (!component.includes('%')) return component;
  try {
    return decodeURIComponent(component);
  } catch {
    throw new BadRequestException(`Malformed percent-encoding in request URI: ${component}`);
  }
}
