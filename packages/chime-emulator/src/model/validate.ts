import { z } from 'zod';
import { BadRequestException } from '../protocol/errors.ts';

const en = z.locales.en();

/**
 * The one validator: parses an operation's input against its declared shape and reports every
 * violated constraint in AWS's words, naming the member.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // zod's own English for constraints declared without AWS's words: a process that also runs the
  // console's BFF (the demo) installs the console's wording as zod's global error map.
  const result = schema.safeParse(input, { reportInput: true, error: en.localeError });
  if (result.success) return result.data;
  const violations = result.error.issues.map(
    (issue) => `Value at '${memberPath(issue.path)}' failed to satisfy constraint: ${constraintOf(issue)}`,
  );
  const count = `${violations.length} validation error${violations.length === 1 ? '' : 's'} detected`;
  throw new BadRequestException(`${count}: ${violations.join('; ')}`);
}

function memberPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'input';
}

function constraintOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Member must not be null';
  return issue.message;
}
