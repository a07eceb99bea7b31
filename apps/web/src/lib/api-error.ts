import { problemSchema, type Problem } from '@chime-console/contracts';

/** A failed BFF call, carrying the problem document the BFF answered (or one made up for a network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The BFF's answer, or a generic one when the body is not a problem document (a proxy's HTML page, say). */
  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = problemSchema.safeParse(body);
    if (parsed.success) return new ApiError(parsed.data);
    return new ApiError({
      type: 'about:blank',
      title: response.statusText || 'Request failed',
      status: response.status,
      detail: `The console's server answered ${response.status}.`,
      code: 'unexpected_response',
      retryable: response.status >= 500,
    });
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: "The console's server could not be reached. Check your connection and retry.",
      code: 'network',
      retryable: true,
    });
    error.cause = cause;
    return error;
  }
}

/** The BFF's answer when the session is gone; a 401 with another code (`invalid_credentials`) is about the request itself. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.problem.code === 'unauthenticated';
}

/** The BFF's own details mostly end with what to do; advice is added only where they do not. */
const ADVISES = /\b(retry|try again|ask an? |fix |sign in again|reload|refresh)/i;

/** What to tell the person to do next, from the problem's status. */
export function adviceFor(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Reload the page and try again.';
  const { status, retryable, detail } = error.problem;
  if (ADVISES.test(detail)) return '';
  if (status === 403) return 'Your role does not allow this; ask a console admin.';
  if (status === 404) return 'It may have been deleted; go back and refresh the list.';
  if (status === 409 || status === 422) return 'Check the current state, then try again.';
  if (status === 400) return 'Fix the highlighted input and try again.';
  if (status === 502 && error.problem.code.startsWith('upstream_credentials')) return 'An operator must fix the console’s AWS credentials.';
  if (status === 502 && error.problem.code === 'upstream_access_denied')
    return 'An operator must grant the console’s AWS identity this permission.';
  if (retryable) return 'This is usually temporary: retry in a moment.';
  return 'Try again, or ask a console admin if it keeps failing.';
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return error instanceof Error ? error.message : String(error);
}

/** The error's message and, where it does not already say, what to do about it. */
export function explain(error: unknown): string {
  return `${messageOf(error)} ${adviceFor(error)}`.trim();
}
