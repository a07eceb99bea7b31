import { fileURLToPath } from 'node:url';
import { launchChild, type RunningChild } from '../lib/child.ts';
import { httpRequest } from '../lib/http.ts';
import { BENCH_CREDENTIALS, EMULATOR_CLI, credentialArgs, emulatorNodeArgs } from '../emulator/paths.ts';

const BFF_MAIN = fileURLToPath(new URL('../../../apps/bff/src/main.ts', import.meta.url));
const ADMIN = { username: 'bulk-admin', password: 'bulk-bench-password' };

export type Api = (method: string, path: string, body?: unknown) => Promise<unknown>;

/** An emulator with one generated Team account, and the real BFF (main.ts, production start) against it. */
export interface BulkStack {
  emulator: RunningChild;
  bff: RunningChild;
  accountId: string;
  /** Calls the BFF as the signed-in admin. */
  api: Api;
  /** Calls the emulator's control API. */
  control: Api;
}

async function json(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; value: unknown; cookie: string }> {
  const response = await httpRequest(
    url,
    method,
    { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body === undefined ? undefined : JSON.stringify(body),
  );
  const text = response.body.toString();
  const cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  if (response.status >= 400) throw new Error(`${method} ${url.pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return { status: response.status, value: text === '' ? undefined : (JSON.parse(text) as unknown), cookie };
}

/** Calls the control API of the emulator at `emulatorUrl`. */
export const emulatorControl =
  (emulatorUrl: string): Api =>
  async (method, path, body) =>
    (await json(new URL(`/_emulator${path}`, emulatorUrl), method, {}, body)).value;

/**
 * `users` generated into one Team account, and the BFF against it. `dataDir` is PGlite's: in memory
 * by default, or a directory a BFF started again after a crash finds its jobs in.
 */
export async function startBulkStack(users: number, children: RunningChild[], dataDir = 'memory://'): Promise<BulkStack> {
  const emulator = await launchChild(EMULATOR_CLI, ['--port', '0', '--seed', `generated:${users}`, ...credentialArgs], {
    name: `emulator (${users} users)`,
    nodeArgs: emulatorNodeArgs(),
    timeoutMs: 90_000,
  });
  children.push(emulator);
  const { bff, api } = await startBulkBff(emulator.url, dataDir, children);
  const control = emulatorControl(emulator.url);
  const { items } = (await api('GET', '/api/accounts?pageSize=2')) as { items: { id: string }[] };
  const [account] = items;
  if (items.length !== 1 || !account) throw new Error(`expected one generated account, got ${items.length}`);
  return { emulator, bff, accountId: account.id, api, control };
}

/**
 * The BFF against the emulator at `emulatorUrl`, and its API as the signed-in admin. `env` is set
 * over the defaults (JOB_RATE, DATABASE_URL, DIRECTORY_SWEEP_SECONDS…).
 */
export async function startBulkBff(
  emulatorUrl: string,
  dataDir: string,
  children: RunningChild[],
  env: Record<string, string> = {},
): Promise<{ bff: RunningChild; api: Api }> {
  const bff = await launchChild(BFF_MAIN, [], {
    name: 'BFF',
    ready: /"url":"(http[^"]+)"/,
    timeoutMs: 60_000,
    env: {
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'bulk-bench-session-secret-0123456789',
      CHIME_ENDPOINT: emulatorUrl,
      AWS_ACCESS_KEY_ID: BENCH_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: BENCH_CREDENTIALS.secretAccessKey,
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      INITIAL_ADMIN_USERNAME: ADMIN.username,
      INITIAL_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
  });
  children.push(bff);
  const login = await json(new URL('/api/auth/login', bff.url), 'POST', {}, ADMIN);
  const { csrfToken } = login.value as { csrfToken: string };
  const api: Api = async (method, path, body) =>
    (await json(new URL(path, bff.url), method, { cookie: login.cookie, 'x-csrf-token': csrfToken }, body)).value;
  return { bff, api };
}
