import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accountSchema, userSchema, type Account } from '@chime-console/contracts';
import { keysDeep, rejectsWithAppError, startGatewayUnderTest, type GatewayUnderTest } from '../testing/gateway-under-test.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('ChimeGateway against the emulator', () => {
  let t: GatewayUnderTest;
  let acme: Account;
  let globex: Account;

  before(async () => {
    t = await startGatewayUnderTest();
    acme = await t.accountNamed('Acme Corp');
    globex = await t.accountNamed('Globex Enterprise');
  });
  after(() => t.close());

  describe('accounts', () => {
    it('when listing by name prefix, then contract accounts with ISO timestamps come back, and a tracing view notes the request ID', async () => {
      const requestIds: string[] = [];
      const page = await t.gateway.tracing(requestIds).listAccounts({ name: 'Acme', maxResults: 10 });
      assert.equal(page.items.length, 1);
      const [account] = page.items;
      assert.ok(account);
      assert.deepEqual(accountSchema.parse(account), account);
      assert.equal(account.type, 'Team');
      assert.match(account.createdAt ?? '', ISO);
      assert.equal(page.nextToken, undefined);
      assert.equal(requestIds.length, 1);
      assert.ok(requestIds[0]);
    });

    it('when paging one account at a time, then every page but the last has a token', async () => {
      const first = await t.gateway.listAccounts({ maxResults: 1 });
      assert.equal(first.items.length, 1);
      assert.ok(first.nextToken);
      const names = [first.items[0]?.name];
      for (let token: string | undefined = first.nextToken; token !== undefined;) {
        const next = await t.gateway.listAccounts({ maxResults: 1, nextToken: token });
        names.push(...next.items.map((a) => a.name));
        token = next.nextToken;
      }
      assert.deepEqual(names.toSorted(), ['Acme Corp', 'Globex Enterprise', 'Initech SSO', 'Umbrella Trial']);
    });

    it("when filtering by a user's email, then that user's account comes back", async () => {
      const page = await t.gateway.listAccounts({ userEmail: 'ada.abbott@globex.example', maxResults: 1 });
      assert.deepEqual(
        page.items.map((a) => a.id),
        [globex.id],
      );
    });

    it('when an account is created, renamed, relicensed and deleted, then each step answers the contract shape', async () => {
      const requestIds: string[] = [];
      const chime = t.gateway.tracing(requestIds);
      const created = await chime.createAccount('Gateway Test Co');
      assert.equal(created.name, 'Gateway Test Co');
      assert.deepEqual(await chime.getAccount(created.id), created);

      const updated = await chime.updateAccount(created.id, { name: 'Gateway Test Renamed', defaultLicense: 'Basic' });
      assert.equal(updated.name, 'Gateway Test Renamed');
      assert.equal(updated.defaultLicense, 'Basic');

      await chime.deleteAccount(created.id);
      const gone = await rejectsWithAppError(chime.getAccount(created.id), { status: 404, code: 'not_found' });
      assert.equal(requestIds.length, 5, 'every call, the failed one too');
      assert.equal(new Set(requestIds).size, 5);
      assert.equal(requestIds.at(-1), gone.upstreamRequestId);
    });

    it('when one setting is changed, then the other keeps its value', async () => {
      const before = await t.gateway.getAccountSettings(globex.id);
      assert.deepEqual(before, { disableRemoteControl: true, enableDialOut: false });
      await t.gateway.updateAccountSettings(globex.id, { enableDialOut: true });
      assert.deepEqual(await t.gateway.getAccountSettings(globex.id), { disableRemoteControl: true, enableDialOut: true });
    });

    it('when pinged, then a cheap signed call succeeds', async () => {
      const requestIds: string[] = [];
      await t.gateway.tracing(requestIds).ping();
      assert.equal(requestIds.length, 1);
    });
  });

  describe('users', () => {
    it('when listing and reading users, then no key anywhere looks like a PIN', async () => {
      const page = await t.gateway.listUsers(acme.id, { maxResults: 50 });
      assert.equal(page.items.length, 50);
      assert.ok(page.nextToken);
      for (const user of page.items) assert.deepEqual(userSchema.parse(user), user);
      const user = await t.gateway.getUser(acme.id, page.items[0]?.id ?? '');
      assert.equal(user.id, page.items[0]?.id);
      const pinKeys = keysDeep([page, user]).filter((key) => /pin/i.test(key));
      assert.deepEqual(pinKeys, []);
    });

    it("when filtering by email and user type, then Chime's server-side filters apply", async () => {
      const byEmail = await t.gateway.listUsers(acme.id, { email: 'ADA.ABBOTT@acme.example', maxResults: 10 });
      assert.deepEqual(
        byEmail.items.map((u) => u.email),
        ['ada.abbott@acme.example'],
      );
      const shared = await t.gateway.listUsers(acme.id, { userType: 'SharedDevice', maxResults: 200 });
      assert.ok(shared.items.length > 0);
      assert.ok(shared.items.every((u) => u.userType === 'SharedDevice'));
    });

    it('when a user is created and relicensed, then the contract user comes back each time', async () => {
      const user = await t.gateway.createUser(acme.id, { email: 'new.hire@acme.example', username: 'New Hire' });
      assert.equal(user.email, 'new.hire@acme.example');
      assert.equal(user.displayName, 'New Hire');
      assert.equal(user.registrationStatus, 'Unregistered');
      const relicensed = await t.gateway.updateUserLicense(acme.id, user.id, 'Basic');
      assert.equal(relicensed.licenseType, 'Basic');
      assert.deepEqual(
        keysDeep(relicensed).filter((key) => /pin/i.test(key)),
        [],
      );
    });

    it('when a PIN is reset, then the new PIN comes back once and a reveal reads the same PIN', async () => {
      const [target] = (await t.gateway.listUsers(acme.id, { maxResults: 1 })).items;
      assert.ok(target);
      const reset = await t.gateway.resetPersonalPin(acme.id, target.id);
      assert.match(reset.pin, /^\d+$/);
      assert.equal(reset.user.id, target.id);
      assert.deepEqual(
        keysDeep(reset.user).filter((key) => /pin/i.test(key)),
        [],
      );
      assert.equal(await t.gateway.getPersonalPin(acme.id, target.id), reset.pin);
    });

    it('when a user is signed out, then Chime answers with a request ID', async () => {
      const [target] = (await t.gateway.listUsers(acme.id, { maxResults: 1 })).items;
      const requestIds: string[] = [];
      await t.gateway.tracing(requestIds).logoutUser(acme.id, target?.id ?? '');
      assert.equal(requestIds.length, 1);
    });
  });

  describe('batches', () => {
    it('when licensing known, unknown and repeated IDs, then every distinct ID gets exactly one result', async () => {
      const [a, b] = (await t.gateway.listUsers(globex.id, { maxResults: 2 })).items;
      assert.ok(a && b);
      const results = await t.gateway.batchUpdateLicense(globex.id, [a.id, 'no-such-user', b.id, a.id], 'Pro');
      assert.deepEqual(
        results.map((r) => [r.userId, r.ok, r.error?.code]),
        [
          [a.id, true, undefined],
          ['no-such-user', false, 'NotFound'],
          [b.id, true, undefined],
        ],
      );
      assert.match(results[1]?.error?.message ?? '', /no-such-user/);
      assert.equal((await t.gateway.getUser(globex.id, a.id)).licenseType, 'Pro');
    });

    it('when licensing with a license the account does not support, then those items fail alone', async () => {
      const [a] = (await t.gateway.listUsers(acme.id, { maxResults: 1 })).items;
      const results = await t.gateway.batchUpdateLicense(acme.id, [a?.id ?? ''], 'Plus');
      assert.deepEqual(
        results.map((r) => [r.ok, r.error?.code]),
        [[false, 'BadRequest']],
      );
    });

    it('when suspending and unsuspending EnterpriseLWA users, then unknown IDs fail per item', async () => {
      const [a] = (await t.gateway.listUsers(globex.id, { maxResults: 1 })).items;
      assert.ok(a);
      const suspended = await t.gateway.batchSuspend(globex.id, [a.id, 'ghost']);
      assert.deepEqual(
        suspended.map((r) => [r.userId, r.ok]),
        [
          [a.id, true],
          ['ghost', false],
        ],
      );
      assert.equal((await t.gateway.getUser(globex.id, a.id)).registrationStatus, 'Suspended');
      const unsuspended = await t.gateway.batchUnsuspend(globex.id, [a.id, 'ghost']);
      assert.deepEqual(
        unsuspended.map((r) => [r.userId, r.ok, r.error?.code]),
        [
          [a.id, true, undefined],
          ['ghost', false, 'NotFound'],
        ],
      );
      assert.equal((await t.gateway.getUser(globex.id, a.id)).registrationStatus, 'Registered');
    });

    it('when inviting to a Team account, then every email gets its invite result', async () => {
      const invites = await t.gateway.inviteUsers(acme.id, ['first.guest@acme.example', 'second.guest@acme.example'], 'PrivateUser');
      assert.deepEqual(
        invites.map((i) => [i.email, i.status, i.emailStatus]),
        [
          ['first.guest@acme.example', 'Pending', 'Sent'],
          ['second.guest@acme.example', 'Pending', 'Sent'],
        ],
      );
      assert.ok(invites.every((i) => typeof i.inviteId === 'string'));
    });

    it('when one address comes twice in different cases, then Chime gets one invitation for it', async () => {
      await t.emulator.control('DELETE', '/counters');
      const invites = await t.gateway.inviteUsers(acme.id, ['Twice.Guest@acme.example', 'twice.guest@ACME.example']);
      const counters = await t.emulator.control<{ invitationsSent: Record<string, number> }>('GET', '/counters');
      assert.equal(invites.length, 1);
      assert.deepEqual(counters.invitationsSent, { 'twice.guest@acme.example': 1 });
    });

    it('when a batch exceeds its Chime limit or is empty, then it is refused before any call', async () => {
      await t.emulator.control('DELETE', '/counters');
      const ids = (n: number) => Array.from({ length: n }, (_, i) => `user-${i}`);
      const emails = Array.from({ length: 51 }, (_, i) => `guest${i}@acme.example`);
      const refused = await rejectsWithAppError(t.gateway.batchUpdateLicense(acme.id, ids(21), 'Pro'), {
        status: 400,
        code: 'validation_failed',
      });
      assert.deepEqual(
        refused.fields?.map((f) => f.field),
        ['userIds'],
      );
      await rejectsWithAppError(t.gateway.batchSuspend(acme.id, ids(51)), { status: 400, code: 'validation_failed' });
      await rejectsWithAppError(t.gateway.batchUnsuspend(globex.id, ids(51)), { status: 400, code: 'validation_failed' });
      await rejectsWithAppError(t.gateway.inviteUsers(acme.id, emails), { status: 400, code: 'validation_failed' });
      await rejectsWithAppError(t.gateway.batchSuspend(acme.id, []), { status: 400, code: 'validation_failed' });
      const counters = await t.emulator.control<{ operations: Record<string, unknown> }>('GET', '/counters');
      assert.deepEqual(counters.operations, {});
    });
  });

  describe('scanUsers', () => {
    it('when scanning a 450-user account 200 at a time, then three pages arrive one by one', async () => {
      const { accountIds } = await t.emulator.control<{ accountIds: string[] }>('POST', '/seed', {
        set: 'generated',
        users: 450,
        namePrefix: 'Scan',
      });
      const [accountId] = accountIds;
      assert.ok(accountId);
      await t.emulator.control('DELETE', '/counters');
      const sizes: number[] = [];
      const ids = new Set<string>();
      for await (const page of t.gateway.scanUsers(accountId, {}, { pageSize: 200 })) {
        sizes.push(page.items.length);
        for (const user of page.items) ids.add(user.id);
        const counters = await t.emulator.control<{ operations: { ListUsers: { requests: number } } }>('GET', '/counters');
        assert.equal(counters.operations.ListUsers.requests, sizes.length, 'a page is read only when the previous one was consumed');
      }
      assert.deepEqual(sizes, [200, 200, 50]);
      assert.equal(ids.size, 450);
    });

    it('when resuming from a token, then the scan starts at that page', async () => {
      const accountId = (await t.accountNamed('Scan 1')).id;
      const first = await t.gateway.listUsers(accountId, { maxResults: 200 });
      const sizes: number[] = [];
      for await (const page of t.gateway.scanUsers(accountId, {}, { pageSize: 200, startToken: first.nextToken }))
        sizes.push(page.items.length);
      assert.deepEqual(sizes, [200, 50]);
    });

    it('when the filter matches nothing, then one empty page ends the scan', async () => {
      const pages = [];
      for await (const page of t.gateway.scanUsers(acme.id, { email: 'nobody@acme.example' })) pages.push(page);
      assert.deepEqual(
        pages.map((p) => p.items.length),
        [0],
      );
    });
  });
});
