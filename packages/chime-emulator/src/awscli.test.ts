import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CountersSnapshot } from './control/counters.ts';
import type { AccountRecord } from './state/store.ts';
import type { Account, Invite, User } from './state/types.ts';
import { startTestEmulator, type TestEmulator } from './testing/test-emulator.ts';

// Debian's awscli v2 package. The `aws` on PATH may be a different (v1) install, so it is never used.
const AWS_CLI = '/usr/bin/aws';
const MISSING = `awscli v2 is not installed at ${AWS_CLI}: run \`apt-get install awscli\` (Debian 12 ships aws-cli 2.9)`;
/** awscli v2's exit status when the service answered with an error. */
const SERVICE_ERROR_EXIT = 254;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

if (!existsSync(AWS_CLI) && process.env.REQUIRE_AWSCLI === '1') {
  it('awscli v2 is installed (REQUIRE_AWSCLI=1)', () => {
    assert.fail(MISSING);
  });
}

describe('the real awscli v2 against the emulator', { skip: existsSync(AWS_CLI) ? false : MISSING }, () => {
  let emulator: TestEmulator;
  let home: string;
  let acme: AccountRecord;

  before(async () => {
    home = await mkdtemp(join(tmpdir(), 'chime-awscli-home-'));
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    const found = [...emulator.store.accounts.values()].find((r) => r.account.Name === 'Acme Corp');
    assert.ok(found, 'the demo seed has Acme Corp');
    acme = found;
  });
  after(async () => {
    await emulator.close();
    await rm(home, { recursive: true, force: true });
  });

  /** Runs `/usr/bin/aws <args>` against the emulator in an environment with nothing from this machine's AWS setup. */
  function aws(args: string[], { secretAccessKey }: { secretAccessKey?: string } = {}): Promise<CliResult> {
    const [key] = emulator.credentials;
    assert.ok(key);
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      AWS_ACCESS_KEY_ID: key.accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey ?? key.secretAccessKey,
      AWS_PAGER: '',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const argv = [...args, '--endpoint-url', emulator.endpoint, '--region', 'us-east-1', '--output', 'json'];
    return new Promise((resolve, reject) => {
      execFile(AWS_CLI, argv, { env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${AWS_CLI} ${argv.join(' ')} did not run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      });
    });
  }

  /** Runs a command that must succeed and parses its JSON output. */
  async function awsJson<T>(args: string[]): Promise<T> {
    const result = await aws(args);
    assert.equal(result.code, 0, `aws ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  }

  const counters = () => emulator.control<CountersSnapshot>('GET', '/counters');
  const resetCounters = () => emulator.control('DELETE', '/counters');

  it('is awscli v2', async () => {
    const result = await aws(['--version']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout + result.stderr, /^aws-cli\/2\./);
  });

  it('chime list-accounts lists the 4 demo accounts with the emulator’s IDs and timestamps', async () => {
    const { Accounts } = await awsJson<{ Accounts: Account[]; NextToken?: string }>(['chime', 'list-accounts']);
    const expected = [...emulator.store.accounts.values()].map((r) => r.account);
    assert.equal(Accounts.length, 4);
    assert.deepEqual(
      Accounts.map((a) => [a.AccountId, a.Name, a.AccountType]),
      expected.map((a) => [a.AccountId, a.Name, a.AccountType]),
    );
    for (const [index, account] of Accounts.entries()) {
      // awscli reformats timestamps (e.g. 2020-01-02T03:04:05.678000+00:00); the instant must survive.
      assert.equal(Date.parse(account.CreatedTimestamp), Date.parse(expected[index]?.CreatedTimestamp ?? ''));
    }
  });

  it('chime list-users --page-size 7 follows every NextToken and returns every user, in ceil(n/7) requests', async () => {
    await resetCounters();
    const total = emulator.store.requireAccount(acme.account.AccountId).users.size;
    assert.ok(total > 7 * 2, 'enough users for several pages');
    const { Users, NextToken } = await awsJson<{ Users: User[]; NextToken?: string }>([
      'chime',
      'list-users',
      '--account-id',
      acme.account.AccountId,
      '--page-size',
      '7',
    ]);
    assert.equal(NextToken, undefined, 'auto-pagination ran to the end');
    assert.equal(Users.length, total);
    assert.equal(new Set(Users.map((u) => u.UserId)).size, total, 'no user twice');
    assert.deepEqual(
      Users.map((u) => u.UserId),
      [...acme.users.values()].map((u) => u.UserId),
    );
    const { operations } = await counters();
    assert.equal(operations.ListUsers?.requests, Math.ceil(total / 7));
    assert.deepEqual(operations.ListUsers.outcomes, { '200': Math.ceil(total / 7) });
  });

  it('chime invite-users returns a Pending, Sent invite per address and the emulator records both emails', async () => {
    await resetCounters();
    const emails = ['a@x.example', 'b@x.example'];
    const { Invites } = await awsJson<{ Invites: Invite[] }>([
      'chime',
      'invite-users',
      '--account-id',
      acme.account.AccountId,
      '--user-email-list',
      ...emails,
    ]);
    assert.deepEqual(
      Invites.map((i) => [i.EmailAddress, i.Status, i.EmailStatus]),
      emails.map((email) => [email, 'Pending', 'Sent']),
    );
    assert.ok(Invites.every((i) => i.InviteId.length > 0));
    const { invitationsSent, operations } = await counters();
    assert.deepEqual(invitationsSent, { 'a@x.example': 1, 'b@x.example': 1 });
    assert.deepEqual(operations.InviteUsers, { requests: 1, outcomes: { '201': 1 } });
    for (const email of emails) {
      const user = emulator.store.findUserByEmail(acme, email);
      assert.equal(user?.UserInvitationStatus, 'Pending', email);
      assert.equal(user.UserRegistrationStatus, 'Unregistered', email);
    }
  });

  it('when the account does not exist, then chime get-account exits non-zero with NotFoundException', async () => {
    const result = await aws(['chime', 'get-account', '--account-id', 'does-not-exist']);
    assert.equal(result.code, SERVICE_ERROR_EXIT, result.stderr);
    assert.match(result.stderr, /\(NotFoundException\) when calling the GetAccount operation/);
    assert.match(result.stderr, /does-not-exist/);
    assert.equal(result.stdout, '');
  });

  it('when the secret is wrong, then the call exits non-zero with UnauthorizedClientException', async () => {
    await resetCounters();
    const result = await aws(['chime', 'list-accounts'], { secretAccessKey: 'not-the-secret' });
    assert.equal(result.code, SERVICE_ERROR_EXIT, result.stderr);
    assert.match(result.stderr, /\(UnauthorizedClientException\) when calling the ListAccounts operation/);
    assert.equal(result.stdout, '');
    const { operations } = await counters();
    assert.deepEqual(operations.ListAccounts, { requests: 1, outcomes: { UnauthorizedClientException: 1 } });
  });
});
