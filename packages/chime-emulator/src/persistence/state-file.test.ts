import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CreateAccountCommand, GetAccountCommand, InviteUsersCommand, ListAccountsCommand, ListUsersCommand } from '@aws-sdk/client-chime';
import { startEmulator } from '../server.ts';
import type { StoreSnapshot } from '../state/store.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

const DEADLINE_MS = 5_000;

async function readSnapshot(path: string): Promise<StoreSnapshot> {
  return JSON.parse(await readFile(path, 'utf8')) as StoreSnapshot;
}

/** Polls the state file until `done` holds, failing after a bounded deadline. */
async function waitForFile(path: string, done: (snapshot: StoreSnapshot) => boolean): Promise<StoreSnapshot> {
  const deadline = performance.now() + DEADLINE_MS;
  let last = 'no file yet';
  for (;;) {
    if (existsSync(path)) {
      try {
        const snapshot = await readSnapshot(path);
        if (done(snapshot)) return snapshot;
        last = `${snapshot.accounts.length} accounts`;
      } catch (error) {
        last = String(error);
      }
    }
    if (performance.now() > deadline) assert.fail(`state file ${path} did not reach the expected state within ${DEADLINE_MS} ms (${last})`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const accountNames = (snapshot: StoreSnapshot) => snapshot.accounts.map((a) => a.account.Name);

describe('the state file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chime-state-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  describe('across a restart', () => {
    let stateFile: string;
    let saved: StoreSnapshot;
    let createdId: string;
    let restarted: TestEmulator | undefined;

    before(async () => {
      stateFile = join(dir, 'restart', 'state.json');
      await mkdir(join(dir, 'restart'));
      const first = await startTestEmulator({ stateFile, seed: { set: 'demo' } });
      try {
        const chime = first.client();
        const { Account } = await chime.send(new CreateAccountCommand({ Name: 'Persisted Co' }));
        assert.ok(Account?.AccountId);
        createdId = Account.AccountId;
        const acme = [...first.store.accounts.values()].find((r) => r.account.Name === 'Acme Corp');
        assert.ok(acme);
        await chime.send(new InviteUsersCommand({ AccountId: acme.account.AccountId, UserEmailList: ['kept@persisted.example'] }));
        saved = JSON.parse(JSON.stringify(first.store.snapshot())) as StoreSnapshot;
      } finally {
        await first.close();
      }
    });
    after(() => restarted?.close());

    it('when the emulator closes, then the file holds its whole state', async () => {
      assert.deepEqual(await readSnapshot(stateFile), saved);
      assert.ok(accountNames(saved).includes('Persisted Co'));
    });

    it('when it starts again with a different seed, then the state file wins over the seed', async () => {
      restarted = await startTestEmulator({ stateFile, seed: { set: 'generated', users: 5 } });
      assert.deepEqual(restarted.store.snapshot(), saved);
      assert.ok(!accountNames(restarted.store.snapshot()).some((name) => name.startsWith('Generated')));

      const chime = restarted.client();
      const { Account } = await chime.send(new GetAccountCommand({ AccountId: createdId }));
      assert.equal(Account?.Name, 'Persisted Co');
      const acme = saved.accounts.find((a) => a.account.Name === 'Acme Corp');
      assert.ok(acme);
      const { Users } = await chime.send(new ListUsersCommand({ AccountId: acme.account.AccountId, MaxResults: 200 }));
      assert.equal(Users?.length, acme.users.length);
      assert.ok(
        Users.some((u) => u.PrimaryEmail === 'ada.abbott@acme.example'),
        'a demo user survived',
      );
      const kept = Users.find((u) => u.PrimaryEmail === 'kept@persisted.example');
      assert.equal(kept?.UserInvitationStatus, 'Pending');
    });

    it('a ListAccounts page token issued before the restart continues where it left off after it', async () => {
      const path = join(dir, 'token-state.json');
      const original = await startTestEmulator({ stateFile: path, seed: { set: 'demo' } });
      let token: string | undefined;
      let firstPage: string[];
      try {
        const chime = original.client();
        const acme = [...original.store.accounts.values()][0];
        assert.ok(acme);
        await chime.send(
          new InviteUsersCommand({ AccountId: acme.account.AccountId, UserEmailList: ['one@later.example', 'two@later.example'] }),
        );
        const page = await chime.send(new ListAccountsCommand({ MaxResults: 2 }));
        token = page.NextToken;
        firstPage = (page.Accounts ?? []).map((a) => a.Name ?? '');
      } finally {
        await original.close();
      }
      const reloaded = await startTestEmulator({ stateFile: path });
      try {
        const page = await reloaded.client().send(new ListAccountsCommand({ MaxResults: 2, NextToken: token }));
        const names = (page.Accounts ?? []).map((a) => a.Name ?? '');
        assert.deepEqual([...firstPage, ...names], ['Acme Corp', 'Globex Enterprise', 'Initech SSO', 'Umbrella Trial']);
      } finally {
        await reloaded.close();
      }
    });
  });

  it('when no state file exists yet, then the seed is loaded and written to it without waiting for a change', async () => {
    const stateFile = join(dir, 'fresh.json');
    const emulator = await startTestEmulator({ stateFile, seed: { set: 'demo' } });
    try {
      const snapshot = await waitForFile(stateFile, (s) => s.accounts.length === 4);
      assert.equal(snapshot.version, 1);
      assert.deepEqual(snapshot, emulator.store.snapshot());
    } finally {
      await emulator.close();
    }
  });

  it('when a change is made while running, then the file catches up shortly after, before close', async () => {
    const stateFile = join(dir, 'running.json');
    const emulator = await startTestEmulator({ stateFile, seed: { set: 'empty' } });
    try {
      await waitForFile(stateFile, (s) => s.accounts.length === 0);
      await emulator.client().send(new CreateAccountCommand({ Name: 'Written While Running' }));
      const snapshot = await waitForFile(stateFile, (s) => accountNames(s).includes('Written While Running'));
      assert.equal(snapshot.accounts.length, 1);
      assert.ok(!existsSync(`${stateFile}.${process.pid}.tmp`), 'the temporary file was renamed away');
    } finally {
      await emulator.close();
    }
  });

  it('when a request is rejected, then nothing changes in the file', async () => {
    const stateFile = join(dir, 'unchanged.json');
    const emulator = await startTestEmulator({ stateFile, seed: { set: 'demo' } });
    let written: StoreSnapshot;
    try {
      written = await waitForFile(stateFile, (s) => s.accounts.length === 4);
      const error = await emulator
        .client()
        .send(new CreateAccountCommand({ Name: '' }))
        .catch((e: unknown) => e);
      assert.ok(error instanceof Error && error.name === 'BadRequestException', String(error));
    } finally {
      await emulator.close();
    }
    assert.deepEqual(await readSnapshot(stateFile), written);
  });

  describe('a state file that is not the emulator’s', () => {
    const cases: [string, string, RegExp][] = [
      ['a JSON object of another shape', '{"hello":"world"}', /is not an emulator state file/],
      ['a future version', '{"version":2,"accounts":[]}', /is not an emulator state file \(version 1\)/],
      ['a JSON array', '[]', /is not an emulator state file/],
      ['accounts that are not a list', '{"version":1,"accounts":{}}', /is not an emulator state file/],
      ['JSON null', 'null', /is not an emulator state file/],
    ];
    for (const [label, content, message] of cases) {
      it(`when it is ${label}, then startEmulator rejects naming the file and leaves it untouched`, async () => {
        const stateFile = join(dir, `foreign-${label.replaceAll(' ', '-')}.json`);
        await writeFile(stateFile, content);
        await assert.rejects(startEmulator({ port: 0, stateFile, seed: { set: 'demo' } }), (error: unknown) => {
          assert.ok(error instanceof Error);
          assert.match(error.message, message);
          assert.ok(error.message.includes(stateFile), error.message);
          return true;
        });
        assert.equal(await readFile(stateFile, 'utf8'), content);
      });
    }

    it('when it is not JSON at all, then startEmulator rejects and leaves it untouched', async () => {
      const stateFile = join(dir, 'corrupt.json');
      const content = '{"version":1,"accounts":[{"account":';
      await writeFile(stateFile, content);
      await assert.rejects(startEmulator({ port: 0, stateFile, seed: { set: 'demo' } }));
      assert.equal(await readFile(stateFile, 'utf8'), content);
    });

    for (const [label, content] of [
      ['truncated JSON', '{"version":1,"accounts":[{"account":'],
      ['an empty file', ''],
    ] as const) {
      it(`when it is ${label}, then the rejection names the state file`, async () => {
        const stateFile = join(dir, `unclear-${label.replaceAll(' ', '-')}.json`);
        await writeFile(stateFile, content);
        await assert.rejects(startEmulator({ port: 0, stateFile }), (error: unknown) => {
          assert.ok(error instanceof Error);
          assert.ok(error.message.includes(stateFile), `"${error.message}" does not name ${stateFile}`);
          return true;
        });
      });
    }
  });
});
