import type { z } from 'zod';
import { BadRequestException } from '../protocol/errors.ts';

/**
 * The one validator: parses an operation's input against its declared shape and reports every
 * violated constraint in AWS's words, naming the member.
 */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
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
