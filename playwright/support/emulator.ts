import { EMULATOR_URL } from './ports.ts';

/** The emulator's control API (`/_emulator/…`): faults, invitations settled, state read back. */
async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${EMULATOR_URL}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

export const emulator = {
  injectFaults: (settings: { errorRate: number; statuses: number[]; operations?: string[]; times?: number }) =>
    control('PUT', '/faults', settings),
  clearFaults: () => control('DELETE', '/faults'),
  acceptInvitation: (accountId: string, email: string) => control('POST', '/invitations/accept', { accountId, email }),
  failInvitation: (accountId: string, email: string) => control('POST', '/invitations/fail', { accountId, email }),
  state: () => control('GET', '/state'),
  /** Chime's rate limit per operation (tokens a second, burst); an empty map lifts every limit. */
  throttle: (operations: Record<string, { rate: number; burst: number }>) => control('PUT', '/throttle', { operations }),
};
