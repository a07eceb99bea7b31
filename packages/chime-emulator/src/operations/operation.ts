import type { z } from 'zod';
import { validateInput } from '../model/validate.ts';
import type { ChimeStore } from '../state/store.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface OperationContext {
  store: ChimeStore;
  /** ISO-8601 UTC with milliseconds, as Chime's timestamps. */
  now: () => string;
  invitationSent: (email: string) => void;
}

export interface HttpBinding {
  method: HttpMethod;
  /** Labels are model member names: `/accounts/{AccountId}/users/{UserId}`. */
  path: string;
  /** Value of the `operation` query parameter; undefined means the parameter must be absent. */
  operation?: string;
  status: 200 | 201 | 204;
  /** Query keys on the wire mapped to model member names. */
  query?: Readonly<Record<string, string>>;
  /** True when the input has body members; those without never need a body or Content-Type. */
  hasBody?: boolean;
}

/** Chime's GET operations are its reads, and only they: they leave the state as it was. */
export const isReadOnly = (http: HttpBinding): boolean => http.method === 'GET';

export interface OperationSpec<S extends z.ZodType> extends Omit<HttpBinding, 'status'> {
  /** Chime answers 200 unless the operation says otherwise. */
  status?: 201 | 204;
  name: string;
  input: S;
  handle: (input: z.output<S>, context: OperationContext) => unknown;
}

export interface Operation {
  name: string;
  http: HttpBinding;
  invoke: (rawInput: Record<string, unknown>, context: OperationContext) => unknown;
}

/** Declares an operation: its wire binding, its input shape and a handler that sees valid input only. */
export function defineOperation<S extends z.ZodType>(spec: OperationSpec<S>): Operation {
  const { name, input, handle, status = 200, ...binding } = spec;
  return { name, http: { ...binding, status }, invoke: (rawInput, context) => handle(validateInput(input, rawInput), context) };
}
