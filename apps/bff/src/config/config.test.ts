import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, loadDatabaseConfig } from './config.ts';

const SECRET = 'a-session-secret-of-32-characters';
const ADMIN_PASSWORD = 'initial-admin-password';
const METRICS_TOKEN = 'a-metrics-token-of-32-characters';
/** A built SPA (just its index.html) and a directory without one. */
const SPA_DIR = mkdtempSync(join(tmpdir(), 'config-spa-'));
writeFileSync(join(SPA_DIR, 'index.html'), '<!doctype html>');
const UNBUILT_DIR = mkdtempSync(join(tmpdir(), 'config-unbuilt-'));

/** Passes when loading `env` throws a ConfigError naming `variable`, without echoing `hidden`. */
const refusal =
  (variable: string, hidden?: string) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    assert.match(error.message, new RegExp(`\\b${variable}\\b`));
    if (hidden !== undefined) assert.ok(!error.message.includes(hidden), `the message repeats ${hidden}`);
    return true;
  };

describe('loadConfig', () => {
  it('when only SESSION_SECRET is set, then every other setting has its documented default', () => {
    assert.deepEqual(loadConfig({ SESSION_SECRET: SECRET }), {
      port: 8080,
      host: '127.0.0.1',
      database: { url: undefined, dataDir: '.data' },
      sessionSecret: SECRET,
      sessionIdleMinutes: 480,
      chime: { region: 'us-east-1', endpoint: undefined, connectTimeoutMs: 2_000, requestBudgetMs: 5_000, jobBudgetMs: 30_000 },
      metricsToken: undefined,
      trustProxy: 0,
      cookieSecure: 'auto',
      logLevel: 'info',
      staticDir: undefined,
      initialAdmin: undefined,
      demoMode: false,
      jobs: { rate: 10, burst: 10, lookupRate: 50, leaseSeconds: 30, concurrency: 2, maxAttempts: 10 },
      directorySweepSeconds: 300,
    });
  });

  it('when every setting is given, then each is read', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://chime:pw@db.internal:5432/console',
      SESSION_SECRET: SECRET,
      SESSION_IDLE_MINUTES: '30',
      AWS_ENDPOINT_URL_CHIME: 'http://chime.internal:4566',
      AWS_REGION: 'eu-central-1',
      CHIME_CONNECT_TIMEOUT_MS: '1000',
      CHIME_REQUEST_BUDGET_MS: '8000',
      CHIME_JOB_BUDGET_MS: '60000',
      METRICS_TOKEN: METRICS_TOKEN,
      TRUST_PROXY: '1',
      COOKIE_SECURE: 'true',
      LOG_LEVEL: 'warn',
      STATIC_DIR: SPA_DIR,
      INITIAL_ADMIN_USERNAME: 'root.admin',
      INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD,
      JOB_RATE: '5',
      JOB_BURST: '3',
      JOB_LOOKUP_RATE: '20',
      JOB_LEASE_SECONDS: '60',
      JOB_CONCURRENCY: '4',
      JOB_MAX_ATTEMPTS: '6',
      DIRECTORY_SWEEP_SECONDS: '0',
    });

    assert.deepEqual(config, {
      port: 0,
      host: '0.0.0.0',
      database: { url: 'postgresql://chime:pw@db.internal:5432/console', dataDir: '.data' },
      sessionSecret: SECRET,
      sessionIdleMinutes: 30,
      chime: {
        region: 'eu-central-1',
        endpoint: 'http://chime.internal:4566',
        connectTimeoutMs: 1_000,
        requestBudgetMs: 8_000,
        jobBudgetMs: 60_000,
      },
      metricsToken: METRICS_TOKEN,
      trustProxy: 1,
      cookieSecure: 'true',
      logLevel: 'warn',
      staticDir: SPA_DIR,
      initialAdmin: { username: 'root.admin', password: ADMIN_PASSWORD },
      demoMode: false,
      jobs: { rate: 5, burst: 3, lookupRate: 20, leaseSeconds: 60, concurrency: 4, maxAttempts: 6 },
      directorySweepSeconds: 0,
    });
  });

  it('when both CHIME_ENDPOINT and AWS_ENDPOINT_URL_CHIME are set, then CHIME_ENDPOINT wins', () => {
    const config = loadConfig({ SESSION_SECRET: SECRET, CHIME_ENDPOINT: 'http://a.test:1', AWS_ENDPOINT_URL_CHIME: 'http://b.test:2' });
    assert.equal(config.chime.endpoint, 'http://a.test:1');
  });

  const bad: [variable: string, value: string, hidden?: string][] = [
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://root:hunter2@db/chime', 'hunter2'],
    ['DATABASE_URL', 'not a url'],
    ['SESSION_SECRET', 'too-short-secret', 'too-short-secret'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['CHIME_ENDPOINT', 'chime.internal'],
    ['AWS_ENDPOINT_URL_CHIME', 'nowhere'],
    ['AWS_REGION', 'nowhere'],
    ['CHIME_CONNECT_TIMEOUT_MS', '0'],
    ['CHIME_REQUEST_BUDGET_MS', '100'],
    ['CHIME_REQUEST_BUDGET_MS', 'soon'],
    ['CHIME_JOB_BUDGET_MS', '999999999'],
    ['METRICS_TOKEN', 'short-token', 'short-token'],
    ['TRUST_PROXY', '-1'],
    ['COOKIE_SECURE', 'yes'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO_MODE', '1'],
    ['JOB_RATE', '0'],
    ['JOB_LEASE_SECONDS', '5'],
    ['JOB_MAX_ATTEMPTS', 'many'],
    ['DIRECTORY_SWEEP_SECONDS', '-1'],
    ['STATIC_DIR', UNBUILT_DIR],
    ['STATIC_DIR', join(UNBUILT_DIR, 'no-such-dir')],
  ];
  for (const [variable, value, hidden] of bad) {
    it(`when ${variable}=${value}, then a ConfigError names ${variable}`, () => {
      assert.throws(() => loadConfig({ SESSION_SECRET: SECRET, [variable]: value }), refusal(variable, hidden));
    });
  }

  it('when several values are bad, then the error names each of them', () => {
    assert.throws(
      () => loadConfig({ SESSION_SECRET: SECRET, PORT: 'abc', AWS_REGION: 'nowhere' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT/);
        assert.match(error.message, /AWS_REGION/);
        return true;
      },
    );
  });

  it('when only one of INITIAL_ADMIN_USERNAME and INITIAL_ADMIN_PASSWORD is set, then a ConfigError names both', () => {
    for (const half of [{ INITIAL_ADMIN_USERNAME: 'root.admin' }, { INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD }]) {
      assert.throws(() => loadConfig({ SESSION_SECRET: SECRET, ...half }), refusal('INITIAL_ADMIN_USERNAME', ADMIN_PASSWORD));
      assert.throws(() => loadConfig({ SESSION_SECRET: SECRET, ...half }), refusal('INITIAL_ADMIN_PASSWORD', ADMIN_PASSWORD));
    }
  });

  it('when the connect timeout is not below the request budget, then a ConfigError names both', () => {
    const slow = { SESSION_SECRET: SECRET, CHIME_CONNECT_TIMEOUT_MS: '5000', CHIME_REQUEST_BUDGET_MS: '5000' };
    assert.throws(() => loadConfig(slow), refusal('CHIME_CONNECT_TIMEOUT_MS'));
    assert.throws(() => loadConfig(slow), refusal('CHIME_REQUEST_BUDGET_MS'));
  });

  it('when the initial admin would break the console-user rules, then the variable is named at start, not deep in it', () => {
    const admin = { SESSION_SECRET: SECRET, INITIAL_ADMIN_USERNAME: 'root.admin', INITIAL_ADMIN_PASSWORD: ADMIN_PASSWORD };
    assert.throws(() => loadConfig({ ...admin, INITIAL_ADMIN_PASSWORD: 'weak-pw' }), refusal('INITIAL_ADMIN_PASSWORD', 'weak-pw'));
    assert.throws(() => loadConfig({ ...admin, INITIAL_ADMIN_USERNAME: 'root admin!' }), refusal('INITIAL_ADMIN_USERNAME'));
  });

  it('when the initial admin password has surrounding spaces, then they are kept, as sign-in keeps them', () => {
    const password = `  ${ADMIN_PASSWORD}  `;
    const config = loadConfig({ SESSION_SECRET: SECRET, INITIAL_ADMIN_USERNAME: 'root.admin', INITIAL_ADMIN_PASSWORD: password });
    assert.equal(config.initialAdmin?.password, password);
  });

  it('when SESSION_SECRET is missing outside demo mode, then a ConfigError names it; demo mode runs without', () => {
    assert.throws(() => loadConfig({}), refusal('SESSION_SECRET'));
    assert.throws(() => loadConfig({ DEMO_MODE: 'false' }), refusal('SESSION_SECRET'));
    assert.equal(loadConfig({ DEMO_MODE: 'true' }).sessionSecret, undefined);
  });

  it('when variables are set but empty, then they count as unset', () => {
    const config = loadConfig({
      SESSION_SECRET: SECRET,
      PORT: '',
      DATABASE_URL: '',
      AWS_REGION: '',
      CHIME_ENDPOINT: '',
      INITIAL_ADMIN_USERNAME: '',
      INITIAL_ADMIN_PASSWORD: '',
      DEMO_MODE: '',
    });

    assert.deepEqual(config, loadConfig({ SESSION_SECRET: SECRET }));
    assert.throws(() => loadConfig({ SESSION_SECRET: '' }), refusal('SESSION_SECRET'));
    assert.throws(
      () => loadConfig({ SESSION_SECRET: SECRET, INITIAL_ADMIN_USERNAME: 'root.admin', INITIAL_ADMIN_PASSWORD: '' }),
      refusal('INITIAL_ADMIN_PASSWORD'),
    );
  });
});

describe('loadDatabaseConfig', () => {
  it('when a tool needs only the database, then it reads DATABASE_URL and DATA_DIR and nothing else is required', () => {
    assert.deepEqual(loadDatabaseConfig({}), { url: undefined, dataDir: '.data' });
    assert.deepEqual(loadDatabaseConfig({ DATA_DIR: '/var/lib/chime', PORT: 'ignored' }), { url: undefined, dataDir: '/var/lib/chime' });
    assert.deepEqual(loadDatabaseConfig({ DATABASE_URL: 'postgres://db/chime', DATA_DIR: '' }), {
      url: 'postgres://db/chime',
      dataDir: '.data',
    });
    assert.throws(() => loadDatabaseConfig({ DATABASE_URL: 'mysql://db/chime' }), refusal('DATABASE_URL'));
  });
});

describe('main.ts with a bad configuration', () => {
  const runMain = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['src/main.ts'], {
        cwd: new URL('../..', import.meta.url),
        // Only what is given: the test's own environment must not fill in a missing variable.
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('error', reject);
      child.once('close', (code) => {
        resolve({ code, stderr, stdout });
      });
    });

  it('when PORT is not a number, then the process exits 2 and stderr names PORT', async () => {
    const { code, stderr, stdout } = await runMain({ PORT: 'abc', SESSION_SECRET: SECRET });

    assert.equal(code, 2);
    assert.match(stderr, /^chime-console: Invalid configuration: PORT: /);
    assert.equal(stdout, '');
  });

  it('when SESSION_SECRET is missing or the initial admin password is weak, then exit 2 naming it, without the secret', async () => {
    const missing = await runMain({ PORT: '0' });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /SESSION_SECRET/);

    const weak = await runMain({ SESSION_SECRET: SECRET, INITIAL_ADMIN_USERNAME: 'root.admin', INITIAL_ADMIN_PASSWORD: 'weak-pw' });
    assert.equal(weak.code, 2);
    assert.match(weak.stderr, /INITIAL_ADMIN_PASSWORD/);
    assert.ok(!weak.stderr.includes('weak-pw'));
  });

  it('when STATIC_DIR holds no built SPA, then exit 2 naming STATIC_DIR before anything starts', async () => {
    const { code, stderr, stdout } = await runMain({ PORT: '0', SESSION_SECRET: SECRET, STATIC_DIR: UNBUILT_DIR });

    assert.equal(code, 2);
    assert.match(stderr, /^chime-console: Invalid configuration: STATIC_DIR: must be a directory holding the built SPA/);
    assert.equal(stdout, '');
  });
});
