import { z } from 'zod';
import { LICENSES, USER_TYPES } from '../state/types.ts';

/**
 * The constraints of the Chime model that real clients do not enforce (awscli checks only
 * minimums, the JS SDK nothing at all), declared once in the model's own terms. Each error text
 * is the constraint AWS would name after "Value at 'Member' failed to satisfy constraint:".
 */
const pattern = (regex: RegExp, source: string) => ({ regex, error: `Member must satisfy regular expression pattern: ${source}` });
const NON_BLANK = pattern(/\S/, '.*\\S.*');
const EMAIL = pattern(/^.+@.+\..+$/, '.+@.+\\..+');

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Member must satisfy enum value set: [${values.join(', ')}]` });

const maxItems = (n: number) => ({ error: `Member must have length less than or equal to ${n}` });

// Query values arrive as strings, and Chime reads an integer there only as plain decimal digits
// (the restJson1 malformed-request tests expect hex, floats and trailing characters refused);
// Number() would read `0xC8` as 200, and binary, octal, exponents and padding as well.
const queryInteger = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, 'Member must be an integer')
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `Member must have value greater than or equal to ${min}`)
        .max(max, `Member must have value less than or equal to ${max}`),
    );

export const NonEmptyString = z.string().regex(NON_BLANK.regex, NON_BLANK.error);

/** The input of an operation on a whole account: only the account's ID, from the path. */
export const AccountRef = z.object({ AccountId: NonEmptyString });
export const AccountName = z
  .string()
  .min(1, 'Member must have length greater than or equal to 1')
  .max(100, 'Member must have length less than or equal to 100')
  .regex(NON_BLANK.regex, NON_BLANK.error);
export const EmailAddress = z.string().regex(EMAIL.regex, EMAIL.error);
export const License = enumOf(LICENSES);
export const UserType = enumOf(USER_TYPES);
export const MaxResults = queryInteger(1, 200);
export const NextToken = z.string();

export const AlexaForBusinessMetadata = z.object({
  IsAlexaForBusinessEnabled: z.boolean().optional(),
  AlexaForBusinessRoomArn: z.string().optional(),
});

export const UpdateUserRequestItem = z.object({
  UserId: NonEmptyString,
  LicenseType: License.optional(),
  UserType: UserType.optional(),
  AlexaForBusinessMetadata: AlexaForBusinessMetadata.optional(),
});

export const AccountSettings = z.object({
  DisableRemoteControl: z.boolean().optional(),
  EnableDialOut: z.boolean().optional(),
});

export const listOf = <T extends z.ZodType>(member: T, max: number) => z.array(member).max(max, maxItems(max).error);
