import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import type { ConsoleUser, Role, Session } from '@chime-console/contracts';
import { ensureUser } from '../auth/console-users.ts';
import { loadConfig } from '../config/config.ts';
import pg from 'pg';
import type { Logger } from 'pino';
import { createLogger } from '../http/logging.ts';
import { startServer, type RunningServer } from '../server.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
export const ROLES: readonly Role[] = ['viewer', 'helpdesk', 'admin'];

/** Endpoints whose answers may carry a PIN; every other response the suite sees is scanned. */
const PIN_ENDPOINTS = /\/users\/[^/]+\/(reset-pin|reveal-pin)$/;
const PIN_PATTERN = /personalpin|"pin"/i;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  // Tests name the contract type they expect; the parse itself is untyped JSON.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  json: <T = unknown>() => T;
}

export interface ApiClient {
  role: Role | undefined;
  csrfToken: string | undefined;
  call: (
    method: string,
    path: string,
    options?: { body?: unknown; csrf?: boolean; headers?: Record<string, string> },
  ) => Promise<ApiResponse>;
}

export interface TestBff {
  emulator: TestEmulator;
  server: RunningServer;
  url: string;
  anonymous: ApiClient;
  as: (role: Role) => ApiClient;
  signIn: (username: string, password: string) => Promise<ApiClient>;
  /**
   * A console user created by the admin through the API who has signed in once and set their own
   * password (the same one, TEST_PASSWORD unless given), as a newly created user must, then signed out.
   */
  addConsoleUser: (username: string, role: Role, password?: string) => Promise<ConsoleUser>;
  close: () => Promise<void>;
}

/**
 * The real BFF on a free port against a real emulator on another, with one signed-in console user
 * per role. The database is PGlite in memory, or a fresh schema on TEST_DATABASE_URL.
 */
export interface TestBffOptions {
  seed?: 'demo' | 'empty';
  /** Sign Chime calls with this secret instead of the emulator's (to see rejected credentials). */
  awsSecretAccessKey?: string;
  /** Point the BFF here instead of at the emulator (to see an unreachable Chime). */
  chimeEndpoint?: string;
  /** Where the BFF logs (silent by default). */
  logger?: Logger;
  /** Serve this directory as the SPA. */
  staticDir?: string;
  /**
   * Sweep Chime into the directory index in the background this often. Off by default: the
   * background reads would otherwise spend faults and counters other tests set up.
   */
  directorySweepSeconds?: number;
  /** More configuration, as the environment would give it (e.g. CHIME_REQUEST_BUDGET_MS, DATABASE_URL). */
  env?: Record<string, string>;
}

export async function startTestBff(options: TestBffOptions = {}): Promise<TestBff> {
  process.env.NODE_ENV = 'test';
  const emulator = await startTestEmulator({ seed: { set: options.seed ?? 'demo' } });
  try {
    return await startAgainst(emulator, options);
  } catch (error) {
    // A BFF that failed to start (a bad setting) must not leave the emulator holding the process open.
    await emulator.close();
    throw error;
  }
}

async function startAgainst(emulator: TestEmulator, options: TestBffOptions): Promise<TestBff> {
  const [key] = emulator.credentials;
  process.env.AWS_ACCESS_KEY_ID = key?.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = options.awsSecretAccessKey ?? key?.secretAccessKey;
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const config = loadConfig({
    PORT: '0',
    SESSION_SECRET: randomUUID() + randomUUID(),
    CHIME_ENDPOINT: options.chimeEndpoint ?? emulator.endpoint,
    DATA_DIR: 'memory://',
    ...(databaseUrl !== undefined && { DATABASE_URL: databaseUrl }),
    ...(options.staticDir !== undefined && { STATIC_DIR: options.staticDir }),
    DIRECTORY_SWEEP_SECONDS: String(options.directorySweepSeconds ?? 0),
    ...options.env,
  });
  const schema = databaseUrl === undefined ? undefined : `t_${randomUUID().replaceAll('-', '')}`;
  const server = await startServer({
    config: { ...config, database: { ...config.database, ...(schema && { schema }) } },
    logger: options.logger ?? createLogger('silent'),
  });
  const url = server.url;
  for (const role of ROLES) await ensureUser(server.services.db, { username: role, password: TEST_PASSWORD, role });

  const { anonymous, signIn } = connectTo(url);
  const clients = new Map<Role, ApiClient>();
  for (const role of ROLES) clients.set(role, await signIn(role, TEST_PASSWORD));

  return {
    emulator,
    server,
    url,
    anonymous,
    as: (role) => clients.get(role) as ApiClient,
    signIn,
    addConsoleUser: async (username, role, password = TEST_PASSWORD) => {
      const created = await (clients.get('admin') as ApiClient).call('POST', '/api/console-users', { body: { username, password, role } });
      assert.equal(created.status, 201, created.text);
      const person = await signIn(username, password);
      const changed = await person.call('POST', '/api/auth/password', { body: { currentPassword: password, newPassword: password } });
      assert.equal(changed.status, 204, changed.text);
      assert.equal((await person.call('POST', '/api/auth/logout')).status, 204);
      return { ...created.json<ConsoleUser>(), mustChangePassword: false };
    },
    // The server stops first: a background sweep's transaction holding the schema's rows would
    // deadlock with the DROP (and a failed close would leave the server running, the file hanging).
    close: async () => {
      try {
        await server.stop();
        await emulator.close();
      } finally {
        // The database the server used: a test may give its own DATABASE_URL.
        if (schema !== undefined && config.database.url !== undefined) await dropSchema(config.database.url, schema);
      }
    },
  };
}

async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
}

/** API clients for a BFF at `url`: anonymous, or signed in (the cookie and CSRF token kept); every answer is scanned for PINs. */
export function connectTo(url: string): { anonymous: ApiClient; signIn: (username: string, password: string) => Promise<ApiClient> } {
  const clientFor = (role: Role | undefined, cookie: string | undefined, csrfToken: string | undefined): ApiClient => ({
    role,
    csrfToken,
    call: async (method, path, { body, csrf = true, headers = {} } = {}) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(cookie !== undefined && { cookie }),
          ...(csrf && csrfToken !== undefined && { 'x-csrf-token': csrfToken }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      if (!PIN_ENDPOINTS.test(path.split('?')[0] ?? '')) assert.doesNotMatch(text, PIN_PATTERN, `${method} ${path} leaked a PIN`);
      return {
        status: response.status,
        headers: response.headers,
        text,
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
        json: <T>() => JSON.parse(text) as T,
      };
    },
  });

  const signIn = async (username: string, password: string) => {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    assert.equal(response.status, 200, `sign-in as ${username}: ${await response.clone().text()}`);
    const session = (await response.json()) as Session;
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return clientFor(session.role, cookie, session.csrfToken);
  };
  return { anonymous: clientFor(undefined, undefined, undefined), signIn };
}
