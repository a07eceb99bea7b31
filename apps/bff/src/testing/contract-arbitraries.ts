import fc from 'fast-check';
import { z } from 'zod';
import { endpoints, type EndpointDefinition, type EndpointId } from '@chime-console/contracts';
import { isReadableText } from '../http/unreadable-text.ts';

/** The JSON Schema members zod's `toJSONSchema` writes for the contract's schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
}

export interface ArbitraryOptions {
  /** 'always' puts every optional member in, so each field of the contract is exercised. */
  optionals: 'sometimes' | 'always';
}

/** Lists are capped: a valid list of 10,000 teaches the tests nothing that 3 do not. */
const ITEMS_AT_MOST = 3;
/** Strings the contract allows that have broken consoles before: quotes, formulas, markup, direction overrides. */
const AWKWARD_TEXT = ["O'Brien", '"quoted"', '=1+2', '<script>x</script>', 'ZAŻÓŁĆ', '名前', '\u202etxt.exe', '🙂 smile', '%00', '\\u0000'];

/**
 * Inputs the contract accepts and the boundary lets through (no control characters, no lone
 * surrogates), generated
 * from the zod schema itself through its JSON Schema, and checked against the schema again.
 */
export function arbitraryFor(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromJson(json, options).filter((value) => schema.safeParse(value).success && !holdsUnreadable(value));
}

export interface EndpointInput {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** A whole request for an endpoint: path parameters, query (as strings) and body. */
export function endpointInputFor(id: EndpointId, options: ArbitraryOptions): fc.Arbitrary<EndpointInput> {
  const endpoint: EndpointDefinition = endpoints[id];
  const part = (schema: z.ZodType | undefined) => (schema ? arbitraryFor(schema, options) : fc.constant(undefined));
  return fc
    .record({ params: part(endpoint.params), query: part(endpoint.query), body: part(endpoint.body) })
    .filter(({ params }) => Object.values(asStrings(params)).every((value) => value !== '.' && value !== '..'))
    .map(({ params, query, body }) => ({ params: asStrings(params), query: asStrings(query), body }));
}

/** The URL of a call: path parameters and query encoded as a browser would. */
export function urlOf(id: EndpointId, { params, query }: Pick<EndpointInput, 'params' | 'query'>): string {
  const path = endpoints[id].path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return search === '' ? path : `${path}?${search}`;
}

function fromJson(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => fromJson(choice, options)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object':
      return objectOf(schema, options);
    case 'array':
      return fc.array(fromJson(schema.items ?? {}, options), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? ITEMS_AT_MOST, ITEMS_AT_MOST)),
      });
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringOf(schema);
    default:
      return fc.anything();
  }
}

function objectOf(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const members = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, member]) => [key, fromJson(member, options)]));
  const requiredKeys = options.optionals === 'always' ? Object.keys(members) : (schema.required ?? []);
  return fc.record(members, { requiredKeys });
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 60, 60));
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' });
  const text = fc.string({ unit: 'grapheme', minLength, maxLength });
  // An unconstrained string may be a flag the contract parses further (`refresh=true`).
  const unconstrained = schema.minLength === undefined && schema.maxLength === undefined;
  return fc.oneof(text, fc.constantFrom(...AWKWARD_TEXT), ...(unconstrained ? [fc.constantFrom('true', 'false')] : []));
}

function asStrings(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, String(member)]));
}

function holdsUnreadable(value: unknown): boolean {
  if (typeof value === 'string') return !isReadableText(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, member]) => !isReadableText(key) || holdsUnreadable(member));
}

/** Every place a string sits in `value`, as a path of keys and indexes. */
export function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => stringPaths(member, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** A copy of `value` with the string at `path` changed by `change`. */
export function withStringAt(value: unknown, path: readonly (string | number)[], change: (text: string) => string): unknown {
  if (path.length === 0) return typeof value === 'string' ? change(value) : value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((member: unknown, index) => (index === head ? withStringAt(member, rest, change) : member));
  const record = value as Record<string, unknown>;
  return { ...record, [String(head)]: withStringAt(record[String(head)], rest, change) };
}
