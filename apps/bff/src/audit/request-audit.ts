import type { Role } from '@chime-console/contracts';
import { AppError } from '../http/app-error.ts';
import { summariseInput } from './audit-input.ts';
import { upstreamCalls, type NewAuditEntry } from './audit-log.ts';

export interface AuditTarget {
  accountId?: string;
  /** A Chime user, or a console user. */
  userId?: string;
}

export interface AuditedRequest {
  action: string;
  /** Absent for a request without a session (sign-in). */
  actor: { username: string; role: Role } | undefined;
  /** Whether success and failure are recorded too, not only refusals: state-changing, signed-in requests. */
  changesState: boolean;
  /** The path's parameters: they name the target, unless the request created it. */
  params: Record<string, unknown>;
  /** As sent, until the body is validated; bounded and made storable for the entry either way. */
  rawBody: unknown;
  clientIp: string | undefined;
}

export type WriteAuditEntry = (entry: NewAuditEntry) => Promise<void>;

/**
 * The audit entry of one console request. A refusal is recorded for every endpoint; a state-changing
 * request leaves exactly one entry whatever its outcome, naming every Chime call it made: the
 * request's gateway adds each call's request ID to `upstreamRequestIds` as it is made.
 */
export class RequestAudit {
  readonly upstreamRequestIds: string[] = [];
  readonly #request: AuditedRequest;
  readonly #write: WriteAuditEntry;
  #input: () => Record<string, unknown> | undefined;

  constructor(request: AuditedRequest, write: WriteAuditEntry) {
    this.#request = request;
    this.#write = write;
    this.#input = () => summariseInput(request.rawBody);
  }

  /** Summarised before any call: once Chime has changed something, nothing may stop its entry being written. */
  describe(validatedBody: unknown): void {
    const input = summariseInput(validatedBody);
    this.#input = () => input;
  }

  /** Runs the admission checks; a refusal is recorded as `denied` and thrown on. */
  async refusing(checks: () => void): Promise<void> {
    try {
      checks();
    } catch (error) {
      if (error instanceof AppError) await this.#record('denied', error);
      throw error;
    }
  }

  /** Runs the request's work and records its outcome; `targetOf` names what it created. */
  async outcomeOf<R>(work: () => Promise<R>, targetOf?: (result: R) => AuditTarget): Promise<R> {
    let result: R;
    try {
      result = await work();
    } catch (error) {
      if (this.#request.changesState) await this.#record('error', error instanceof AppError ? error : undefined);
      throw error;
    }
    if (this.#request.changesState) await this.#record('ok', undefined, targetOf?.(result));
    return result;
  }

  #record(result: NewAuditEntry['result'], error?: AppError, target?: AuditTarget): Promise<void> {
    const { action, actor, params, clientIp } = this.#request;
    const param = (name: string) => (typeof params[name] === 'string' ? params[name] : undefined);
    return this.#write({
      action,
      actor: actor?.username ?? 'anonymous',
      role: actor?.role,
      accountId: target?.accountId ?? param('accountId'),
      // The target user: a Chime user, or a console user on the console-user endpoints.
      userId: target?.userId ?? param('userId') ?? param('id'),
      input: this.#input(),
      result,
      errorCode: error?.code,
      ...upstreamCalls(this.upstreamRequestIds),
      clientIp,
    });
  }
}
