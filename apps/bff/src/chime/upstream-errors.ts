import { AppError, type AppErrorOptions } from '../http/app-error.ts';

/** What an SDK error carries, read structurally so that any Chime-compatible service's errors fit. */
interface SdkError extends Error {
  code?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { headers?: Record<string, string | undefined> };
}

type Translation = Omit<AppErrorOptions, 'upstreamRequestId' | 'cause'>;
type Translate = (error: SdkError) => Translation;

const retryShortly = 'retry in a few seconds, and tell an operator if it keeps happening.';

const throttled: Translate = (error) => {
  const retryAfter = retryAfterSeconds(error);
  return {
    status: 429,
    code: 'upstream_throttled',
    title: 'Too many requests',
    detail: `Chime is limiting the console's request rate; retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
    retryable: true,
    retryAfter,
  };
};

const serviceFailure: Translate = () => ({
  status: 502,
  code: 'upstream_failure',
  title: 'Chime failed',
  detail: `Chime failed to handle the request; ${retryShortly}`,
  retryable: true,
});

const serviceUnavailable: Translate = () => ({
  status: 503,
  code: 'upstream_unavailable',
  title: 'Chime unavailable',
  detail: `Chime is temporarily unavailable; ${retryShortly}`,
  retryable: true,
});

const credentialsRejected: Translate = () => ({
  status: 502,
  code: 'upstream_credentials_rejected',
  title: 'Chime credentials rejected',
  detail: "The console's AWS credentials were rejected by Chime; an operator must fix the configuration.",
});

const TRANSLATIONS: Record<string, Translate> = {
  BadRequestException: (error) => {
    const fields = fieldsNamedIn(error.message);
    const fix = fields.length > 0 ? [...new Set(fields.map((f) => f.field))].join(', ') : 'the input';
    return {
      status: 400,
      code: 'upstream_bad_request',
      title: 'Invalid input',
      detail: `Chime rejected the input: ${sentence(error.message, 'it gave no reason.')} Fix ${fix} and try again.`,
      ...(fields.length > 0 && { fields }),
    };
  },
  NotFoundException: (error) => ({
    status: 404,
    code: 'not_found',
    title: 'Not found',
    detail: `${sentence(error.message, 'The account or user no longer exists.')} It may have been deleted; refresh and check the ID.`,
  }),
  ConflictException: (error) => ({
    status: 409,
    code: 'conflict',
    title: 'Already exists',
    detail: `${sentence(error.message, 'It already exists in Chime.')} Use the existing one, or choose another value.`,
  }),
  UnprocessableEntityException: (error) => ({
    status: 422,
    code: 'unprocessable',
    title: 'Not allowed now',
    detail: `Chime will not do this now: ${sentence(error.message, 'it gave no reason.')}`,
  }),
  ForbiddenException: (error) => ({
    status: 403,
    code: 'upstream_forbidden',
    title: 'Refused by Chime',
    detail: `Chime refuses this for this account type: ${sentence(error.message, 'it gave no reason.')}`,
  }),
  ThrottledClientException: throttled,
  // Chime said no to the console's own AWS identity, not to the person signed in: a 401 here would
  // sign them out of the console for an operator's mistake.
  UnauthorizedClientException: credentialsRejected,
  // What AWS's front door answers (403) before Chime sees the call: unknown key, bad signature,
  // expired session token. The same operator's problem.
  UnrecognizedClientException: credentialsRejected,
  InvalidSignatureException: credentialsRejected,
  IncompleteSignatureException: credentialsRejected,
  MissingAuthenticationTokenException: credentialsRejected,
  ExpiredTokenException: credentialsRejected,
  // The identity is known but its IAM policy does not allow the call.
  AccessDeniedException: () => ({
    status: 502,
    code: 'upstream_access_denied',
    title: 'Chime access denied',
    detail: "The console's AWS identity is not allowed to make this Chime call; an operator must grant it in IAM.",
  }),
  ServiceFailureException: serviceFailure,
  ServiceUnavailableException: serviceUnavailable,
  // Raised by the SDK's default provider chain before any request is sent.
  CredentialsProviderError: () => ({
    status: 502,
    code: 'upstream_credentials_missing',
    title: 'No Chime credentials',
    detail: 'The console found no AWS credentials to call Chime with; an operator must configure them.',
  }),
};

/** Converts anything the Chime SDK throws into the BFF's AppError: by the SDK's error name, else by HTTP status. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Error)) return new AppError({ ...unexpected(String(error)), cause: error });
  const sdkError = error as SdkError;
  const requestId = sdkError.$metadata?.requestId;
  const translate = Object.hasOwn(TRANSLATIONS, sdkError.name) ? TRANSLATIONS[sdkError.name] : undefined;
  const translation = translate?.(sdkError) ?? byStatus(sdkError);
  return new AppError({ ...translation, ...(requestId !== undefined && { upstreamRequestId: requestId }), cause: error });
}

/** Chime answered 2xx but without what the operation promises (no output member is required in its model). */
export const malformedAnswer = (what: string) =>
  new AppError({
    code: 'upstream_error',
    status: 502,
    title: 'Unexpected answer from Chime',
    detail: `Chime ${what}; try again, and tell an operator if it keeps happening.`,
    retryable: true,
  });

/**
 * The call's budget ran out (every attempt and backoff included) before Chime answered: Chime is
 * slow or frozen. What was asked may still happen there, so a retry must be one that is safe to repeat.
 */
export const upstreamTimeout = (budgetMs: number, cause: unknown) =>
  new AppError({
    code: 'upstream_timeout',
    status: 504,
    title: 'Chime did not answer',
    detail: `Chime did not answer within ${budgetMs / 1000} seconds; ${retryShortly}`,
    retryable: true,
    cause,
  });

/** Errors Chime's model does not name (or a proxy in between produced): judged by status alone. */
function byStatus(error: SdkError): Translation {
  const status = error.$metadata?.httpStatusCode;
  if (status === undefined) return unreachable(error);
  if (status === 429) return throttled(error);
  if (status === 500) return serviceFailure(error);
  if (status === 502 || status === 503 || status === 504) return serviceUnavailable(error);
  return unexpected(`${error.name}, HTTP ${status}`);
}

// No HTTP status means no answer arrived: refused connection, DNS failure, timeout, socket hang up.
function unreachable(error: SdkError): Translation {
  const reason = typeof error.code === 'string' ? error.code : error.name === 'Error' ? error.message : error.name;
  return {
    status: 503,
    code: 'upstream_unreachable',
    title: 'Chime unreachable',
    detail: `The console could not reach Chime (${reason}); ${retryShortly}`,
    retryable: true,
  };
}

function unexpected(what: string): Translation {
  return {
    status: 502,
    code: 'upstream_error',
    title: 'Unexpected answer from Chime',
    detail: `Chime answered with an unexpected error (${what}); try again, and tell an operator if it keeps happening.`,
  };
}

const sentence = (message: string, fallback: string) => {
  const text = message.trim();
  if (text === '') return fallback;
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

function retryAfterSeconds(error: SdkError): number {
  const headers = error.$response?.headers ?? {};
  const value = Object.entries(headers)
    .find(([name]) => name.toLowerCase() === 'retry-after')?.[1]
    ?.trim();
  if (value === undefined || value === '') return 1;
  if (/^\d+$/.test(value)) return Math.max(1, Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1 : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

/** The console's names for Chime's input members, so a problem can point at the form field. */
const FIELD_OF_MEMBER: Record<string, string> = {
  Name: 'name',
  DefaultLicense: 'defaultLicense',
  LicenseType: 'licenseType',
  UserType: 'userType',
  Email: 'email',
  UserEmail: 'email',
  Username: 'username',
  UserEmailList: 'emails',
  UserIdList: 'userIds',
  UpdateUserRequestItems: 'userIds',
  MaxResults: 'pageSize',
  NextToken: 'cursor',
  AccountSettings: 'settings',
  DisableRemoteControl: 'disableRemoteControl',
  EnableDialOut: 'enableDialOut',
};

const fieldOf = (memberPath: string) =>
  memberPath
    .split('.')
    .map((segment) => FIELD_OF_MEMBER[segment] ?? segment.charAt(0).toLowerCase() + segment.slice(1))
    .join('.');

// Chime's validation messages read "Value at 'Member' failed to satisfy constraint: …", several
// joined by "; "; its semantic checks start with the member's name instead ("LicenseType Plus is …").
const VIOLATION = /Value at '([^']+)' failed to satisfy constraint: ([^;]+)/g;
const MENTIONED_MEMBER = new RegExp(`\\b(${Object.keys(FIELD_OF_MEMBER).join('|')})\\b`);

export function fieldsNamedIn(message: string): { field: string; message: string }[] {
  const violations = [...message.matchAll(VIOLATION)].map(([, member = '', constraint = '']) => ({
    field: fieldOf(member),
    message: constraint.trim(),
  }));
  if (violations.length > 0) return violations;
  const mentioned = MENTIONED_MEMBER.exec(message)?.[1];
  return mentioned === undefined ? [] : [{ field: fieldOf(mentioned), message }];
}
