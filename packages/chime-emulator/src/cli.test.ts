import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { ChimeClient, ListAccountsCommand, UnauthorizedClientException } from '@aws-sdk/client-chime';
import { DEMO_CREDENTIALS } from './server.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const DEADLINE_MS = 10_000;
/**
 * The CLI's last start-up line: once it is out, the banner is whole. The SIGINT/SIGTERM handlers
 * are installed before start-up begins, so waiting for it is about the banner, not the signals.
 */
const READY = /^Control API: /;

interface Cli {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: () => string;
  /** Resolves with the first stdout line matching `pattern`; rejects if the process exits first or the deadline passes. */
  waitForLine: (pattern: RegExp) => Promise<RegExpExecArray>;
  /** Resolves with the exit code and signal; rejects after the deadline. */
  exited: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** Runs the CLI with no CHIME_EMULATOR_* variables from the outer environment, plus `env`. */
function runCli(args: string[], env: Record<string, string> = {}): Cli {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CHIME_EMULATOR_')));
  const child = spawn(process.execPath, [CLI, ...args], { cwd: PACKAGE_DIR, env: { ...cleanEnv, ...env }, stdio: 'pipe' });
  running.add(child);
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  void exit.then(() => running.delete(child));
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const listener of listeners) listener();
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const withDeadline = <T>(what: string, promise: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${what} within ${DEADLINE_MS} ms. stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`));
      }, DEADLINE_MS);
    });
    return Promise.race([promise, deadline]).finally(() => {
      clearTimeout(timer);
    });
  };

  return {
    child,
    lines,
    stderr: () => stderr,
    waitForLine: (pattern) => {
      const found = new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          for (const line of lines) {
            const match = pattern.exec(line);
            if (match) {
              listeners.delete(check);
              resolve(match);
              return;
            }
          }
        };
        listeners.add(check);
        check();
        void exit.then(([code, signal]) => {
          // Lines already read are delivered before 'exit' in practice; check once more to be sure.
          check();
          reject(new Error(`the CLI exited (code ${code}, signal ${signal}) before printing ${pattern}. stderr:\n${stderr}`));
        });
      });
      return withDeadline(`no stdout line matched ${pattern}`, found);
    },
    exited: () =>
      withDeadline(
        'the CLI did not exit',
        exit.then(([code, signal]) => ({ code, signal })),
      ),
  };
}

function client(endpoint: string, accessKeyId: string, secretAccessKey: string): ChimeClient {
  return new ChimeClient({ endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId, secretAccessKey } });
}

describe('the chime-emulator CLI', () => {
  after(() => {
    // Only a failed test leaves a child behind; end exactly the ones this file started.
    for (const child of running) child.kill('SIGKILL');
  });

  it('when started with flags, then it prints its endpoint and keys, serves requests and exits 0 on SIGTERM', async () => {
    const cli = runCli(['--port', '0', '--seed', 'empty', '--access-key-id', 'AKIDTEST1', '--secret-access-key', 's1']);
    const [, endpoint = '', accounts] = await cli.waitForLine(
      /^Chime emulator listening on (http:\/\/127\.0\.0\.1:\d+) \((\d+) accounts? loaded\)$/,
    );
    assert.equal(accounts, '0');
    await cli.waitForLine(READY);
    assert.ok(
      cli.lines.some((line) => line.trim() === 'AKIDTEST1 / s1'),
      cli.lines.join('\n'),
    );
    assert.ok(!cli.lines.some((line) => line.includes(DEMO_CREDENTIALS.accessKeyId)), 'the demo key is not offered when keys are given');
    assert.ok(cli.lines.some((line) => line.includes(`--endpoint-url ${endpoint}`)));
    assert.ok(cli.lines.some((line) => line.includes(`${endpoint}/_emulator/health`)));

    const health = await fetch(`${endpoint}/_emulator/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true });

    const chime = client(endpoint, 'AKIDTEST1', 's1');
    const demoKey = client(endpoint, DEMO_CREDENTIALS.accessKeyId, DEMO_CREDENTIALS.secretAccessKey);
    try {
      const { Accounts } = await chime.send(new ListAccountsCommand({}));
      assert.deepEqual(Accounts, []);
      const rejected = await demoKey.send(new ListAccountsCommand({})).catch((e: unknown) => e);
      assert.ok(rejected instanceof UnauthorizedClientException, String(rejected));
    } finally {
      chime.destroy();
      demoKey.destroy();
    }

    assert.ok(cli.child.kill('SIGTERM'));
    assert.deepEqual(await cli.exited(), { code: 0, signal: null });
    await assert.rejects(fetch(`${endpoint}/_emulator/health`), 'the port is closed after exit');
  });

  it('when started without keys, then it prints the demo key pair, and exits 0 on SIGINT', async () => {
    const cli = runCli(['--port', '0', '--seed', 'demo']);
    const [, endpoint = ''] = await cli.waitForLine(/^Chime emulator listening on (\S+) \(4 accounts loaded\)$/);
    await cli.waitForLine(new RegExp(`^\\s+${DEMO_CREDENTIALS.accessKeyId} / ${DEMO_CREDENTIALS.secretAccessKey}$`));
    await cli.waitForLine(READY);
    const health = await fetch(`${endpoint}/_emulator/health`);
    assert.equal(health.status, 200);
    assert.ok(cli.child.kill('SIGINT'));
    assert.deepEqual(await cli.exited(), { code: 0, signal: null });
  });

  it('reads its settings from CHIME_EMULATOR_* variables', async () => {
    const cli = runCli([], {
      CHIME_EMULATOR_PORT: '0',
      CHIME_EMULATOR_SEED: 'generated:25',
      CHIME_EMULATOR_ACCESS_KEY_ID: 'AKIDENV1,AKIDENV2',
      CHIME_EMULATOR_SECRET_ACCESS_KEY: 'e1,e2',
    });
    await cli.waitForLine(/^Chime emulator listening on http:\/\/127\.0\.0\.1:\d+ \(1 account loaded\)$/);
    await cli.waitForLine(/^\s+AKIDENV1 \/ e1$/);
    await cli.waitForLine(/^\s+AKIDENV2 \/ e2$/);
    await cli.waitForLine(READY);
    assert.ok(cli.child.kill('SIGTERM'));
    assert.deepEqual(await cli.exited(), { code: 0, signal: null });
  });

  it('when asked for --help, then it prints the usage and exits 0 without listening', async () => {
    const cli = runCli(['--help']);
    await cli.waitForLine(/^Usage: /);
    assert.deepEqual(await cli.exited(), { code: 0, signal: null });
    assert.ok(!cli.lines.some((line) => line.includes('listening')));
  });

  for (const [args, flag] of [
    [['--bogus'], '--bogus'],
    [['--port', 'abc'], '--port'],
    [['--port', '0', '--seed', 'everything'], '--seed'],
    [['--port', '0', '--access-key-id', 'AKIDTEST1'], '--access-key-id'],
  ] as const) {
    it(`when started with ${args.join(' ')}, then it exits 2 and stderr names ${flag}`, async () => {
      const cli = runCli([...args]);
      assert.deepEqual(await cli.exited(), { code: 2, signal: null });
      const [first = ''] = cli.stderr().split('\n');
      assert.match(first, /^chime-emulator: /);
      assert.ok(first.includes(flag), `first stderr line should name ${flag}: ${first}`);
      assert.match(cli.stderr(), /Usage: /, 'the usage follows the error');
      assert.deepEqual(cli.lines, [], 'nothing on stdout');
    });
  }

  it('when the port is taken, then it exits non-zero saying the address is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const address = blocker.address();
      assert.ok(address !== null && typeof address === 'object');
      const cli = runCli(['--port', String(address.port), '--seed', 'empty']);
      const { code } = await cli.exited();
      assert.equal(code, 1);
      assert.equal(cli.stderr(), `chime-emulator: port ${address.port} on 127.0.0.1 is already in use; choose another with --port.\n`);
      assert.ok(!cli.lines.some((line) => line.includes('listening')));
    } finally {
      await new Promise<void>((resolve) => {
        blocker.close(() => {
          resolve();
        });
      });
    }
  });
});
