import assert from 'node:assert/strict';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import type { Session } from '@chime-console/contracts';

const ADMIN = { username: 'initial.admin', password: 'initial-admin-password-1' };
const SECRET = randomBytes(24).toString('hex');
const START_TIMEOUT_MS = 60_000;

type Child = ChildProcessByStdio<null, Readable, Readable>;

/** Resolves with the URL from the first JSON log line that has one; rejects if the process exits first or the wait runs out. */
function listeningUrl(child: Child, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      reject(new Error(`no "listening" log line within ${START_TIMEOUT_MS} ms:\n${output.join('\n')}`));
    }, START_TIMEOUT_MS);
    const exited = (code: number | null) => {
      clearTimeout(deadline);
      reject(new Error(`main.ts exited with ${code} before listening:\n${output.join('\n')}`));
    };
    child.once('exit', exited);
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const url = parseUrl(line);
      if (url === undefined) return;
      clearTimeout(deadline);
      child.off('exit', exited);
      resolve(url);
    });
  });
}

interface Gate {
  endpoint: string;
  /** Holds the next ListAccounts call; resolves once it has arrived, with the function that lets it through. */
  holdNextListAccounts: () => Promise<() => void>;
  close: () => void;
}

/** A pass-through to Chime that can hold one call, so a test knows a request is in flight without sleeping. */
async function startGate(target: string): Promise<Gate> {
  let hold: ((release: () => void) => void) | undefined;
  const server: Server = createServer((req, res) => {
    const forward = () => {
      const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    };
    const held = hold;
    if (held !== undefined && req.method === 'GET' && req.url?.startsWith('/accounts?') === true) {
      hold = undefined;
      held(forward);
    } else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holdNextListAccounts: () =>
      new Promise((resolve) => {
        hold = resolve;
      }),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Polls (bounded) until the port refuses connections: the server has stopped listening. */
async function waitUntilRefused(url: string, timeoutMs = 10_000): Promise<void> {
  const { hostname, port } = new URL(url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), hostname);
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => {
        resolve(true);
      });
    });
    if (refused) return;
    if (Date.now() > deadline) throw new Error(`${url} still accepts connections after ${timeoutMs} ms`);
    await delay(20);
  }
}

function parseUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { url?: unknown };
    return typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

describe('main.ts, the production entry point', () => {
  let emulator: TestEmulator;
  let gate: Gate;
  let dataDir: string;
  let child: Child;
  let url: string;
  const output: string[] = [];
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    gate = await startGate(emulator.endpoint);
    dataDir = await mkdtemp(join(tmpdir(), 'chime-main-'));
    const [key] = emulator.credentials;
    child = spawn(process.execPath, ['src/main.ts'], {
      cwd: new URL('..', import.meta.url),
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        DATA_DIR: dataDir,
        SESSION_SECRET: SECRET,
        CHIME_ENDPOINT: gate.endpoint,
        AWS_ACCESS_KEY_ID: key?.accessKeyId ?? '',
        AWS_SECRET_ACCESS_KEY: key?.secretAccessKey ?? '',
        INITIAL_ADMIN_USERNAME: ADMIN.username,
        INITIAL_ADMIN_PASSWORD: ADMIN.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    url = await listeningUrl(child, output);
  });
  after(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    gate.close();
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when it starts, then it logs the URL as JSON, without the initial admin password or the session secret', () => {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const all = output.join('\n');
    assert.ok(!all.includes(ADMIN.password));
    assert.ok(!all.includes(SECRET));
  });

  let cookie: string;
  it('when the initial admin from the environment signs in, then they are an admin and can read Chime through the BFF', async () => {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });

    assert.equal(response.status, 200);
    const session = (await response.json()) as Session;
    assert.deepEqual([session.username, session.role], [ADMIN.username, 'admin']);
    cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const accounts = await fetch(`${url}/api/accounts?pageSize=1`, { headers: { cookie } });
    assert.equal(accounts.status, 200);
  });

  it('when asked if it is ready, then the database and Chime both answer', async () => {
    const ready = await fetch(`${url}/readyz`);

    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { database: 'ok', chime: 'ok' });
  });

  it('when sent SIGTERM with a request in flight, then it stops listening, still answers that request, exits 0 and releases the data directory', async () => {
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve([code, signal]);
      });
    });
    const arrived = gate.holdNextListAccounts();
    const inFlight = fetch(`${url}/api/accounts?pageSize=1`, { headers: { cookie } });
    const release = await arrived;

    child.kill('SIGTERM');
    // The held call goes on only once the BFF has stopped listening: its answer must still come back.
    await waitUntilRefused(url);
    release();

    assert.equal((await inFlight).status, 200);
    assert.deepEqual(await exited, [0, null], output.join('\n'));
    assert.equal(existsSync(join(dataDir, 'chime-console.lock')), false);
  });
});
