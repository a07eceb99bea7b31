import {
  accountNameSchema,
  createConsoleUserBodySchema,
  emailSchema,
  firstProblem,
  loginBodySchema,
  passwordSchema,
  usernameSchema,
} from '@chime-console/contracts';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';

/** What a person reads under the field: the first problem, from the contract's one wording. */
function problemOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : firstProblem(result.error);
}

describe('plain validation messages', () => {
  it('says both bounds of a text field, whether the entry is too short or too long', () => {
    expect(problemOf(usernameSchema, 'ab')).toBe('Enter 3 to 64 characters');
    expect(problemOf(usernameSchema, 'a'.repeat(65))).toBe('Enter 3 to 64 characters');
    expect(problemOf(passwordSchema, 'short')).toBe('Enter 12 to 256 characters');
  });

  it('asks for a field left empty by its name', () => {
    expect(problemOf(accountNameSchema, '   ')).toBe('Enter a value');
    expect(problemOf(loginBodySchema, { username: 'ana' })).toBe('Enter the password');
    expect(problemOf(z.object({ currentPassword: z.string() }), {})).toBe('Enter the current password');
  });

  it('says at most when only an upper bound exists', () => {
    expect(problemOf(z.string().max(5), 'abcdefg')).toBe('Enter at most 5 characters');
  });

  it('shows what an email looks like', () => {
    expect(problemOf(emailSchema, 'ana@example')).toBe('Enter an email address like name@example.com');
    expect(problemOf(z.email(), 'nope')).toBe('Enter an email address like name@example.com');
  });

  it('lists the choices of an enum', () => {
    expect(problemOf(createConsoleUserBodySchema, { username: 'ana', password: 'x'.repeat(12), role: 'owner' })).toBe(
      'Choose one of viewer, helpdesk, admin',
    );
  });

  it('keeps a pattern’s own plain message', () => {
    expect(problemOf(usernameSchema, 'ana lee')).toBe('Use only letters, digits and . _ @ -');
  });

  it('never shows the validator’s own wording', () => {
    const messages = [problemOf(usernameSchema, 'ab'), problemOf(z.number(), 'x'), problemOf(z.array(z.string()).min(2), [])];
    for (const message of messages) expect(message).not.toMatch(/Too small|expected|Invalid input/);
  });
});
