import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BatchSuspendUserCommand,
  CreateAccountCommand,
  CreateUserCommand,
  DeleteAccountCommand,
  ListUsersCommand,
  type ChimeClient,
  UpdateAccountCommand,
  UpdateUserCommand,
} from '@aws-sdk/client-chime';
import type { DirectoryHit, DirectoryStatus, User } from '@chime-console/contracts';
import { createChimeClient } from '../chime/index.ts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface UsersPage {
  items: User[];
  total?: number;
  asOf?: string;
  nextCursor?: string;
}

const search = async (bff: TestBff, q: string) =>
  (await bff.as('viewer').call('GET', `/api/directory/search?q=${encodeURIComponent(q)}`)).json<{
    hits: DirectoryHit[];
    incomplete: boolean;
  }>();

const status = async (bff: TestBff) => (await bff.as('viewer').call('GET', '/api/directory/status')).json<DirectoryStatus>();

/** Polls until `done`, bounded: the sweep runs every second here. */
async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what} not reached in 20 s: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A sweep that began after `since` has read every account. */
const sweptSince = (bff: TestBff, since: Date) =>
  waitFor(
    'a full sweep',
    () => status(bff),
    (s) =>
      s.accountsSwept === s.accounts &&
      s.oldestSweepAt !== undefined &&
      new Date(s.oldestSweepAt) > since &&
      s.accountsListedAt !== undefined &&
      new Date(s.accountsListedAt) > since,
  );

/** Chime deletes only an account whose users were all suspended (which drops them from a Team account). */
async function emptyAccount(chime: ChimeClient, accountId: string) {
  for (;;) {
    const { Users = [] } = await chime.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 50 }));
    if (Users.length === 0) return;
    await chime.send(new BatchSuspendUserCommand({ AccountId: accountId, UserIdList: Users.map((user) => user.UserId ?? '') }));
  }
}

describe('the directory index', () => {
  let bff: TestBff;
  let outside: ChimeClient;
  let accountIds: string[];
  before(async () => {
    bff = await startTestBff({ seed: 'empty', directorySweepSeconds: 1 });
    accountIds = (
      await bff.emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', totalUsers: 450, accounts: 3, seed: 7 })
    ).accountIds;
    const [credentials] = bff.emulator.credentials;
    // Chime changed by someone else than the console: only the sweep can see it.
    outside = createChimeClient({ region: 'us-east-1', endpoint: bff.emulator.endpoint, credentials });
    await sweptSince(bff, new Date(0));
  });
  after(async () => {
    outside.destroy();
    await bff.close();
  });

  it('when the sweep has run, then every account and user is indexed, and the users tab answers exact totals from it', async () => {
    const s = await status(bff);
    assert.deepEqual([s.accounts, s.users, s.accountsSwept], [3, 450, 3]);
    const [first] = accountIds;
    const all = (await bff.as('viewer').call('GET', `/api/accounts/${first}/users?pageSize=200`)).json<UsersPage>();
    assert.equal(all.total, 150);
    assert.ok(all.asOf !== undefined);
    const pending = (
      await bff.as('viewer').call('GET', `/api/accounts/${first}/users?invitationStatus=Pending&pageSize=10`)
    ).json<UsersPage>();
    assert.ok(pending.items.every((user) => user.invitationStatus === 'Pending'));
    assert.equal(pending.total, all.items.filter((user) => user.invitationStatus === 'Pending').length);
    const next = (
      await bff
        .as('viewer')
        .call('GET', `/api/accounts/${first}/users?invitationStatus=Pending&pageSize=10&cursor=${pending.nextCursor ?? ''}`)
    ).json<UsersPage>();
    assert.equal(new Set([...pending.items, ...next.items].map((user) => user.id)).size, pending.items.length + next.items.length);
  });

  it('when helpdesk types part of a name, an email prefix or an ID, then the search finds the user in whichever account', async () => {
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountIds[2]}/users?pageSize=1`)).json<UsersPage>();
    const [user] = page.items;
    assert.ok(user?.displayName !== undefined && user.email !== undefined);
    const [firstName = '', lastName = ''] = user.displayName.split(' ');
    const byFirstName = await search(bff, firstName.toLowerCase());
    assert.ok(byFirstName.hits.length > 0);
    assert.ok(
      byFirstName.hits.every(
        (hit) =>
          hit.kind === 'user' && `${hit.user.displayName ?? ''} ${hit.user.email ?? ''}`.toLowerCase().includes(firstName.toLowerCase()),
      ),
    );
    const byPrefix = await search(bff, user.email.slice(0, user.email.indexOf('@') - 1));
    assert.ok(byPrefix.hits.some((hit) => hit.kind === 'user' && hit.user.id === user.id));
    const [byId] = (await search(bff, user.id)).hits;
    assert.deepEqual(byId?.kind === 'user' && [byId.user.email, byId.accountName], [user.email, 'Generated 3']);
    const byPart = await search(bff, `${firstName.slice(1)} ${lastName.slice(0, 2)}`);
    assert.ok(byPart.hits.some((hit) => hit.kind === 'user' && hit.user.displayName?.includes(firstName) === true));
    const [account] = (await search(bff, accountIds[1] ?? '')).hits;
    assert.equal(account?.kind === 'account' && account.account.name, 'Generated 2');
    assert.equal((await search(bff, '%')).hits.length, 0, 'LIKE wildcards match only themselves');
  });

  it('when the console changes Chime, then the index shows it at once', async () => {
    const accountId = accountIds[0] ?? '';
    const [user] = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?license=Basic&pageSize=1`)).json<UsersPage>()
      .items;
    assert.ok(user);
    await bff.as('admin').call('PATCH', `/api/accounts/${accountId}/users/${user.id}`, { body: { licenseType: 'Pro' } });
    const [hit] = (await search(bff, user.id)).hits;
    assert.equal(hit?.kind === 'user' && hit.user.licenseType, 'Pro');
    await bff.as('admin').call('PATCH', `/api/accounts/${accountId}`, { body: { name: 'Renamed By The Console' } });
    assert.deepEqual(
      (await search(bff, 'renamed by the')).hits.map((h) => h.kind === 'account' && h.account.id),
      [accountId],
    );
  });

  it('when the console invites people to an indexed account, then its users tab shows them at once, and the index once swept again', async () => {
    const accountId = accountIds[1] ?? '';
    const invitedAt = new Date();
    const invited = await bff
      .as('admin')
      .call('POST', `/api/accounts/${accountId}/invitations`, { body: { emails: ['new.hire@invited.example'] } });
    assert.equal(invited.status, 201, invited.text);
    const atOnce = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=200`)).json<UsersPage>();
    assert.equal(atOnce.total, undefined, 'asked of Chime while the index has not seen the invitation');
    assert.ok(atOnce.items.some((user) => user.email === 'new.hire@invited.example'));
    await sweptSince(bff, invitedAt);
    const indexed = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=1`)).json<UsersPage>();
    assert.equal(indexed.total, 151);
  });

  it('when Chime changes outside the console, then one sweep brings every change in', async () => {
    const [one = '', two = '', three = ''] = accountIds;
    const users = (await bff.as('viewer').call('GET', `/api/accounts/${one}/users?pageSize=3&invitationStatus=Accepted`)).json<UsersPage>()
      .items;
    const [relicensed, suspended, pending] = [
      users[0],
      users[1],
      (await bff.as('viewer').call('GET', `/api/accounts/${one}/users?pageSize=1&invitationStatus=Pending`)).json<UsersPage>().items[0],
    ];
    assert.ok(relicensed && suspended && pending);
    const changedAt = new Date();
    const created = await outside.send(new CreateAccountCommand({ Name: 'Made Elsewhere' }));
    const newAccount = created.Account?.AccountId ?? '';
    await outside.send(new CreateUserCommand({ AccountId: newAccount, Email: 'zeynep.kaya@elsewhere.example', Username: 'Zeynep Kaya' }));
    await outside.send(new UpdateAccountCommand({ AccountId: two, Name: 'Renamed Elsewhere' }));
    await outside.send(
      new UpdateUserCommand({ AccountId: one, UserId: relicensed.id, LicenseType: relicensed.licenseType === 'Pro' ? 'Basic' : 'Pro' }),
    );
    await outside.send(new BatchSuspendUserCommand({ AccountId: one, UserIdList: [suspended.id] }));
    await bff.emulator.control('POST', '/invitations/accept', { accountId: one, email: pending.email });
    await emptyAccount(outside, three);
    await outside.send(new DeleteAccountCommand({ AccountId: three }));

    await sweptSince(bff, changedAt);

    const s = await status(bff);
    assert.deepEqual(
      [s.accounts, s.users],
      [3, 450 + 1 - 150 - 1 + 1],
      'the deleted account and the suspended Team user left; the invitee and the new user came',
    );
    const [zeynep] = (await search(bff, 'zeynep')).hits;
    assert.equal(zeynep?.kind === 'user' && zeynep.accountName, 'Made Elsewhere');
    assert.equal((await search(bff, 'renamed elsewhere')).hits[0]?.kind, 'account');
    const [relicensedHit] = (await search(bff, relicensed.id)).hits;
    assert.notEqual(relicensedHit?.kind === 'user' && relicensedHit.user.licenseType, relicensed.licenseType);
    assert.equal((await search(bff, suspended.id)).hits.length, 0);
    const [acceptedHit] = (await search(bff, pending.id)).hits;
    assert.equal(acceptedHit?.kind === 'user' && acceptedHit.user.invitationStatus, 'Accepted');
    assert.equal((await search(bff, three)).hits.length, 0);
  });

  it('when a person asks to refresh an account, then its users are read at once', async () => {
    const accountId = accountIds[0] ?? '';
    const refreshed = await bff.as('viewer').call('POST', `/api/directory/accounts/${accountId}/refresh`);
    assert.equal(refreshed.status, 200, refreshed.text);
    const body = refreshed.json<{ users: number; sweptAt: string }>();
    assert.equal(body.users, 149);
    const missing = await bff.as('viewer').call('POST', '/api/directory/accounts/no-such-account/refresh');
    assert.equal(missing.status, 404);
  });
});
