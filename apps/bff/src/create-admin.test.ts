import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { AuditEntry, Session } from '@chime-console/contracts';
import { findConsoleUserByUsername } from './auth/console-users.ts';
import { loadConfig } from './config/config.ts';
import { openDatabase } from './db/index.ts';
import { createLogger } from './http/logging.ts';
import { startServer } from './server.ts';

const PASSWORD = 'first-admin-password-1';
const STDIN_PASSWORD = 'piped-admin-password-2';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the environment given, feeding `stdin` (and then end of input). */
const createAdmin = (args: string[], env: Record<string, string>, stdin = '') =>
  new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, ['src/create-admin.ts', ...args], {
      cwd: new URL('..', import.meta.url),
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });

describe('create-admin', () => {
  let dataDir: string;
  const inDataDir = (env: Record<string, string> = {}) => ({ DATA_DIR: dataDir, ...env });
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chime-create-admin-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('when a flag is missing, unknown or bad, then it exits 2 and the message names the flag', async () => {
    const cases: [string[], RegExp][] = [
      [[], /--username is required/],
      [['--user', 'root'], /Unknown option '--user'/],
      [['--username'], /'--username <value>' argument missing/],
      [['--username', 'root admin!'], /--username is not valid: Use only letters, digits/],
      [['--username', 'root', 'extra'], /Unexpected argument 'extra'/],
    ];
    for (const [args, message] of cases) {
      const run = await createAdmin(args, inDataDir({ ADMIN_PASSWORD: PASSWORD }));
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.match(run.stderr, /usage: node apps\/bff\/src\/create-admin\.ts --username <name>/);
    }
  });

  it('when the password is weak or missing, then it exits 2 naming where the password came from, and never echoes it', async () => {
    const weakEnv = await createAdmin(['--username', 'root'], inDataDir({ ADMIN_PASSWORD: 'weak-pw' }));
    assert.equal(weakEnv.code, 2);
    assert.match(weakEnv.stderr, /ADMIN_PASSWORD is not valid: Enter 12 to 256 characters/);
    const weakStdin = await createAdmin(['--username', 'root'], inDataDir(), 'weak-pw\n');
    assert.equal(weakStdin.code, 2);
    assert.match(weakStdin.stderr, /password read from stdin is not valid/);
    for (const run of [weakEnv, weakStdin]) assert.ok(!run.stderr.includes('weak-pw'));
    const none = await createAdmin(['--username', 'root'], inDataDir());
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no password: set ADMIN_PASSWORD/);
  });

  it('when DATABASE_URL is not PostgreSQL, then it exits 2 naming DATABASE_URL', async () => {
    const run = await createAdmin(['--username', 'root'], { DATABASE_URL: 'mysql://db/chime', ADMIN_PASSWORD: PASSWORD });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /DATABASE_URL/);
  });

  it('when given a username and ADMIN_PASSWORD, then the admin is created; run again, it says the user exists and exits 1', async () => {
    const first = await createAdmin(['--username', 'first.admin'], inDataDir({ ADMIN_PASSWORD: PASSWORD }));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /created the admin first\.admin/);

    const again = await createAdmin(['--username', 'First.Admin'], inDataDir({ ADMIN_PASSWORD: 'another-password-3' }));
    assert.equal(again.code, 1);
    assert.match(again.stderr, /a console user named First\.Admin already exists; nothing was changed/);
  });

  it('when the password comes as one line on stdin, then only that line is the password', async () => {
    const run = await createAdmin(['--username', 'piped.admin'], inDataDir(), `${STDIN_PASSWORD}\r\nsecond line\n`);
    assert.equal(run.code, 0, run.stderr);
  });

  it('when a server starts on that data directory, then both admins sign in as admin and the creation is in the audit log', async () => {
    const server = await startServer({
      config: loadConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        SESSION_SECRET: randomBytes(24).toString('hex'),
        CHIME_ENDPOINT: 'http://127.0.0.1:9',
      }),
      logger: createLogger('silent'),
    });
    try {
      const signIn = async (username: string, password: string) => {
        const response = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
        assert.equal(response.status, 200, username);
        const session = (await response.json()) as Session;
        return { session, cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
      };
      const first = await signIn('first.admin', PASSWORD);
      assert.deepEqual([first.session.role, first.session.mustChangePassword], ['admin', false]);
      assert.equal((await signIn('piped.admin', STDIN_PASSWORD)).session.role, 'admin');

      const audit = await fetch(`${server.url}/api/audit?actor=cli:create-admin`, { headers: { cookie: first.cookie } });
      const { items } = (await audit.json()) as { items: AuditEntry[] };
      assert.deepEqual(
        items.map((e) => [e.action, e.result, e.input]),
        [
          ['createConsoleUser', 'ok', { username: 'piped.admin', role: 'admin' }],
          ['createConsoleUser', 'ok', { username: 'first.admin', role: 'admin' }],
        ],
      );

      const whileRunning = await createAdmin(['--username', 'third.admin'], inDataDir({ ADMIN_PASSWORD: PASSWORD }));
      assert.equal(whileRunning.code, 1);
      assert.match(whileRunning.stderr, /data directory .* is in use by another Chime Console process/);
    } finally {
      await server.stop();
    }
  });

  const databaseUrl = process.env.TEST_DATABASE_URL;
  it(
    'when DATABASE_URL is set, then the admin is created in that PostgreSQL database',
    { skip: databaseUrl === undefined || databaseUrl === '' },
    async () => {
      const url = databaseUrl ?? '';
      const schema = `t_${randomBytes(8).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA ${schema}`);
        const withSchema = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

        const run = await createAdmin(['--username', 'pg.admin'], { DATABASE_URL: withSchema, ADMIN_PASSWORD: PASSWORD });

        assert.equal(run.code, 0, run.stderr);
        const db = await openDatabase({ url, dataDir: 'memory://', schema });
        try {
          assert.equal((await findConsoleUserByUsername(db, 'pg.admin'))?.role, 'admin');
        } finally {
          await db.close();
        }
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    },
  );
});
