import { vi } from 'vitest';

export interface BffCall {
  method: string;
  url: URL;
  headers: Headers;
}

/** The JSON body the fake answers with, status 200. */
type Handler = (call: BffCall) => unknown;

/**
 * The BFF as the SPA's fetch sees it, answered per "METHOD /path" by the test; anything else is a
 * 404 problem, so a call the test did not expect fails loudly. Every call is recorded.
 */
export function fakeBff(routes: Record<string, Handler>) {
  const calls: BffCall[] = [];
  const fetch = vi.fn((input: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url: new URL(input, 'http://console.test'), headers: new Headers(init.headers) };
    calls.push(call);
    const handler = routes[`${call.method} ${call.url.pathname}`];
    const body = handler ? handler(call) : { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: handler ? 200 : 404, headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, callsTo: (path: string) => calls.filter((call) => call.url.pathname === path) };
}
