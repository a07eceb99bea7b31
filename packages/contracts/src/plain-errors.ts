import { z } from 'zod';

type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** `currentPassword` → "current password": the field's name as a person would say it. */
function fieldName(path: readonly PropertyKey[] | undefined): string | undefined {
  const last = path?.findLast((key) => typeof key === 'string');
  return last?.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function required(issue: RawIssue): string {
  const name = fieldName(issue.path);
  return name === undefined ? 'Enter a value' : `Enter the ${name}`;
}

interface CheckDef {
  check?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The length bounds the owning schema declares, so a too-short and a too-long entry get the same sentence. */
function boundsOf(issue: RawIssue): { minimum?: number; maximum?: number } {
  const schema = (issue as { schema?: { _zod?: { def?: { checks?: { _zod: { def: CheckDef } }[] } } } }).schema;
  const defs = (schema?._zod?.def?.checks ?? []).map((check) => check._zod.def);
  const bound = (kind: string, key: 'minimum' | 'maximum') => {
    const value = defs.find((def) => def.check === kind)?.[key];
    return typeof value === 'number' ? value : undefined;
  };
  return { minimum: bound('min_length', 'minimum'), maximum: bound('max_length', 'maximum') };
}

function lengthMessage(issue: RawIssue, unit: string): string {
  const declared = boundsOf(issue);
  const minimum = declared.minimum ?? (issue.code === 'too_small' ? Number(issue.minimum) : 0);
  const maximum = declared.maximum ?? (issue.code === 'too_big' ? Number(issue.maximum) : undefined);
  if (issue.code === 'too_small' && minimum <= 1) return required(issue);
  if (minimum > 1 && maximum !== undefined) return `Enter ${minimum} to ${maximum} ${unit}`;
  if (issue.code === 'too_small') return `Enter at least ${minimum} ${unit}`;
  return `Enter at most ${maximum} ${unit}`;
}

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  switch (issue.origin) {
    case 'string':
      return lengthMessage(issue, 'characters');
    case 'array':
    case 'set':
      return issue.code === 'too_small' ? `Choose at least ${issue.minimum}` : `Choose at most ${issue.maximum}`;
    default:
      return issue.code === 'too_small' ? `Enter ${issue.minimum} or more` : `Enter ${issue.maximum} or less`;
  }
}

/** Also the message of the contract's own email pattern (Chime's, looser than zod's email format). */
export const EMAIL_MESSAGE = 'Enter an email address like name@example.com';

const FORMATS: Record<string, string> = {
  email: EMAIL_MESSAGE,
  url: 'Enter a web address like https://example.com',
  uuid: 'Enter an ID like 3f2b6c1e-0d4a-4b7e-9a51-2c8d7e6f1a90',
  datetime: 'Enter a date and time like 2026-12-05T09:30:00Z',
};

/**
 * The console's one wording of every validation failure: a sentence that says what to enter, never
 * the validator's own ("Too small: expected string to have >=3 characters"). Installed for every
 * schema by `z.config` below; a schema's own message (a refine's, a regex's) still wins.
 */
export function plainMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return required(issue);
      return issue.expected === 'number' || issue.expected === 'int' ? 'Enter a number' : 'Enter a valid value';
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Enter it in the format shown';
    case 'invalid_value':
      return `Choose one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `Leave out ${issue.keys.join(', ')}: ${issue.keys.length === 1 ? 'it is' : 'they are'} not asked for here`;
    case 'not_multiple_of':
      return `Enter a multiple of ${issue.divisor}`;
    default:
      return 'Enter a valid value';
  }
}

z.config({ customError: plainMessage });

/** The first problem with an input, in plain words (what a form shows under its field). */
export function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Enter a valid value';
}

/**
 * What is wrong with a field's value, in plain words, or undefined when it is fine. `field` names
 * it where it is left empty ("Enter the account name").
 */
export function problemWith(schema: z.ZodType, value: unknown, field?: string): string | undefined {
  const result = field === undefined ? schema.safeParse(value) : z.object({ [field]: schema }).safeParse({ [field]: value });
  return result.success ? undefined : `${firstProblem(result.error)}.`;
}
