import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Session } from '@chime-console/contracts';
import { DEMO_USERS } from './demo-users.ts';

describe('the demo that npm start runs', () => {
  let dataDir: string;
  let child: ReturnType<typeof spawn>;
  let url: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chime-demo-'));
    child = spawn(process.execPath, ['src/demo.ts'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const deadline = setTimeout(() => {
        reject(new Error(`demo did not start:\n${output}`));
      }, 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /is running: (http:\/\/\S+)/.exec(output);
        if (match?.[1] !== undefined && output.includes('manager /')) {
          clearTimeout(deadline);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        reject(new Error(`demo exited with ${code}:\n${output}`));
      });
    });
  });
  after(async () => {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints a sign-in per role, and each works against the embedded emulator', async () => {
    for (const { username, password, role } of DEMO_USERS) {
      const response = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      assert.equal(response.status, 200, username);
      assert.equal(((await response.json()) as Session).role, role);
      const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      const accounts = await fetch(`${url}/api/accounts`, { headers: { cookie } });
      assert.equal(accounts.status, 200);
      assert.ok(((await accounts.json()) as { items: unknown[] }).items.length >= 4);
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    child.removeAllListeners('exit');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
