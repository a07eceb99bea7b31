import { endpoints, type EndpointId } from '@chime-console/contracts';
import type { z } from 'zod';
import { ApiError, isSessionEnded } from './api-error.ts';
import { noteInterruptedAction } from './interrupted-action.ts';

type Endpoint<K extends EndpointId> = (typeof endpoints)[K];
type InputOf<K extends EndpointId, Part extends 'params' | 'query' | 'body'> =
  Endpoint<K> extends Record<Part, infer S extends z.ZodType> ? z.input<S> : undefined;

/** The answer's type, straight from the endpoint's response schema (`undefined` for 204s and CSV). */
export type ResponseOf<K extends EndpointId> = Endpoint<K> extends { response: infer S extends z.ZodType } ? z.output<S> : undefined;

/** What an endpoint takes as its JSON body, straight from its request schema: the SPA writes no API type by hand. */
export type BodyOf<K extends EndpointId> = InputOf<K, 'body'>;

/** Only the parts an endpoint declares may be given, and the ones it requires must be. */
export type CallInput<K extends EndpointId> = {
  [P in 'params' | 'query' | 'body' as InputOf<K, P> extends undefined ? never : P]: InputOf<K, P>;
};

let csrfToken: string | undefined;

/** The session's CSRF token, echoed on every state-changing call; set at sign-in and on every `me`. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Parts = { params?: Record<string, string>; query?: Record<string, unknown> };

/** Builds an endpoint's URL from the contract's path: what the SPA fetches and what CSV links point to. */
export function apiUrl<K extends EndpointId>(id: K, input: CallInput<K> | Partial<CallInput<K>>): string {
  const { params, query } = input as Parts;
  const path = endpoints[id].path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if ((typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean')
      search.set(key, String(value));
  }
  const qs = search.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

/** Calls one endpoint of the BFF. Rejects with an ApiError carrying the BFF's problem document. */
export async function callApi<K extends EndpointId>(id: K, input: CallInput<K>, signal?: AbortSignal): Promise<ResponseOf<K>> {
  const endpoint = endpoints[id];
  const body = (input as { body?: unknown }).body;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (endpoint.method !== 'get' && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(id, input), {
      method: endpoint.method.toUpperCase(),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw ApiError.network(error);
  }
  if (!response.ok) {
    const error = await ApiError.fromResponse(response);
    // The session lapsed under an action: sign-in will say it was not done, and bring the person back to it.
    if (endpoint.method !== 'get' && id !== 'login' && id !== 'logout' && isSessionEnded(error))
      noteInterruptedAction(id, endpoint.summary);
    throw error;
  }
  if (response.status === 204) return undefined as ResponseOf<K>;
  return (await response.json()) as ResponseOf<K>;
}
