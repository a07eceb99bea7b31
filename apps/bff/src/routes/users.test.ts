import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AuditEntry, Problem, User } from '@chime-console/contracts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface UserPage {
  items: User[];
  nextCursor?: string;
  scan?: { upstreamPages: number; upstreamItems: number; complete: boolean };
}

describe('users', () => {
  let bff: TestBff;
  let acme: string;
  let generated: string;
  before(async () => {
    bff = await startTestBff();
    const { items } = (await bff.as('viewer').call('GET', '/api/accounts?namePrefix=Acme')).json<{ items: Account[] }>();
    acme = items[0]?.id ?? '';
    const seeded = await bff.emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users: 450 });
    generated = seeded.accountIds[0] ?? '';
  });
  after(() => bff.close());

  const all = async (path: string) => {
    const users: User[] = [];
    const pages: UserPage[] = [];
    let cursor: string | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = (
        await bff.as('viewer').call('GET', `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json<UserPage>();
      pages.push(page);
      users.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return { users, pages };
  };

  it('pages through every user once with page sizes from 1 to 200', async () => {
    const { users, pages } = await all(`/api/accounts/${generated}/users?pageSize=200`);
    assert.equal(users.length, 450);
    assert.equal(pages.length, 3);
    assert.equal(new Set(users.map((u) => u.id)).size, 450);
    assert.equal((await bff.as('viewer').call('GET', `/api/accounts/${generated}/users?pageSize=201`)).status, 400);
    assert.equal((await bff.as('viewer').call('GET', `/api/accounts/${generated}/users?pageSize=0`)).status, 400);
  });

  it('when filtering by registration status, then the BFF scans pages, says so, and returns only matches', async () => {
    const expected = [...bff.emulator.store.requireAccount(generated).users.values()].filter(
      (u) => u.UserInvitationStatus === 'Pending',
    ).length;
    const { users, pages } = await all(`/api/accounts/${generated}/users?invitationStatus=Pending&pageSize=25`);
    assert.equal(users.length, expected);
    assert.ok(users.every((u) => u.invitationStatus === 'Pending'));
    assert.equal(new Set(users.map((u) => u.id)).size, users.length);
    assert.ok(pages.every((p) => p.scan !== undefined));
    assert.equal(pages.at(-1)?.scan?.complete, true);
  });

  it('when a scan cursor is reused with another filter, then 400 cursor_mismatch', async () => {
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${generated}/users?license=Basic&pageSize=5`)).json<UserPage>();
    const response = await bff
      .as('viewer')
      .call('GET', `/api/accounts/${generated}/users?license=Pro&pageSize=5&cursor=${encodeURIComponent(page.nextCursor ?? '')}`);
    assert.equal(response.status, 400);
    assert.equal(response.json<Problem>().code, 'cursor_mismatch');
  });

  it('finds a user by exact email (server-side) and by name substring (scan)', async () => {
    const byEmail = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?email=ada.abbott%40acme.example`)).json<UserPage>();
    assert.deepEqual(
      byEmail.items.map((u) => u.email),
      ['ada.abbott@acme.example'],
    );
    assert.equal(byEmail.scan, undefined);
    const byName = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?nameContains=abbott&pageSize=200`)).json<UserPage>();
    assert.ok(
      byName.items.length >= 1 && byName.items.every((u) => `${u.displayName ?? ''}${u.email ?? ''}`.toLowerCase().includes('abbott')),
    );
  });

  it('exports every matching user as CSV without a PIN column', async () => {
    const response = await bff.as('viewer').call('GET', `/api/accounts/${generated}/users.csv?registrationStatus=Registered`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
    const [header = '', ...rows] = response.text.trim().split('\n');
    assert.doesNotMatch(header, /pin/i);
    const expected = [...bff.emulator.store.requireAccount(generated).users.values()].filter(
      (u) => u.UserRegistrationStatus === 'Registered',
    ).length;
    assert.equal(rows.length, expected);
  });

  it('when a user’s name would run as a spreadsheet formula, then the CSV export prefixes it with a quote', async () => {
    const created = await bff.as('admin').call('POST', `/api/accounts/${acme}/users`, {
      body: { email: 'formula.person@acme.example', username: '=HYPERLINK("https://evil.example","Ada")' },
    });
    assert.equal(created.status, 201, created.text);

    const response = await bff.as('viewer').call('GET', `/api/accounts/${acme}/users.csv?email=formula.person%40acme.example`);

    assert.equal(response.status, 200);
    const [, row = ''] = response.text.trimEnd().split(/\r?\n/);
    assert.match(row, /,"'=HYPERLINK\(""https:\/\/evil\.example"",""Ada""\)",/);
  });

  it('when helpdesk looks up an email, then it gets the account and the user in one call', async () => {
    const response = await bff.as('helpdesk').call('GET', '/api/lookup/user?email=Ada.Abbott%40globex.example');
    assert.equal(response.status, 200);
    const { account, user } = response.json<{ account: Account; user: User }>();
    assert.equal(account.name, 'Globex Enterprise');
    assert.equal(user.email, 'ada.abbott@globex.example');
    const missing = await bff.as('helpdesk').call('GET', '/api/lookup/user?email=nobody%40nowhere.example');
    assert.equal(missing.status, 404);
  });

  it('gets a user without any PIN field, and 404s an unknown one', async () => {
    const { items } = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?pageSize=1`)).json<UserPage>();
    const user = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users/${items[0]?.id ?? ''}`)).json<User>();
    assert.equal(user.id, items[0]?.id);
    assert.equal((await bff.as('viewer').call('GET', `/api/accounts/${acme}/users/nope`)).status, 404);
  });

  it('when an admin creates a user, then 201 with the user, and the audit entry names the new user', async () => {
    const response = await bff.as('admin').call('POST', `/api/accounts/${acme}/users`, {
      body: { email: 'new.person@acme.example', username: 'New Person' },
    });

    assert.equal(response.status, 201, response.text);
    const user = response.json<User>();
    assert.deepEqual([user.accountId, user.email, user.displayName], [acme, 'new.person@acme.example', 'New Person']);
    assert.equal((await bff.as('viewer').call('GET', `/api/accounts/${acme}/users/${user.id}`)).json<User>().email, user.email);
    const [entry] = (await bff.as('admin').call('GET', '/api/audit?action=createUser')).json<{ items: AuditEntry[] }>().items;
    assert.deepEqual([entry?.result, entry?.accountId, entry?.userId], ['ok', acme, user.id]);
  });

  it('when a user with that email already exists, then 409 conflict saying what exists', async () => {
    const response = await bff.as('admin').call('POST', `/api/accounts/${acme}/users`, { body: { email: 'ada.abbott@acme.example' } });

    assert.equal(response.status, 409);
    const problem = response.json<Problem>();
    assert.equal(problem.code, 'conflict');
    assert.match(problem.detail, /ada\.abbott@acme\.example already exists in this account/);
  });

  it('when the email is malformed or the account is gone, then 400 naming email, or 404 naming the account', async () => {
    const malformed = await bff.as('admin').call('POST', `/api/accounts/${acme}/users`, { body: { email: 'not-an-email' } });
    assert.equal(malformed.status, 400);
    assert.deepEqual(
      malformed.json<Problem>().fields?.map((f) => f.field),
      ['email'],
    );
    const gone = await bff.as('admin').call('POST', '/api/accounts/no-such-account/users', { body: { email: 'x@acme.example' } });
    assert.equal(gone.status, 404);
    assert.match(gone.json<Problem>().detail, /no-such-account/);
  });

  it('when an admin changes a user’s license, then the user comes back with it', async () => {
    const [user] = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?license=Basic&pageSize=1`)).json<UserPage>().items;
    assert.ok(user);

    const response = await bff.as('admin').call('PATCH', `/api/accounts/${acme}/users/${user.id}`, { body: { licenseType: 'Pro' } });

    assert.equal(response.status, 200, response.text);
    assert.deepEqual([response.json<User>().id, response.json<User>().licenseType], [user.id, 'Pro']);
    assert.equal((await bff.as('viewer').call('GET', `/api/accounts/${acme}/users/${user.id}`)).json<User>().licenseType, 'Pro');
  });

  it('when Chime refuses a license the account does not support, then 400 naming licenseType; an unknown user is 404', async () => {
    const [user] = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?pageSize=1`)).json<UserPage>().items;
    assert.ok(user);

    // Acme supports Basic and Pro: the contract accepts ProTrial, Chime does not.
    const refused = await bff.as('admin').call('PATCH', `/api/accounts/${acme}/users/${user.id}`, { body: { licenseType: 'ProTrial' } });

    assert.equal(refused.status, 400);
    const problem = refused.json<Problem>();
    assert.equal(problem.code, 'upstream_bad_request');
    assert.deepEqual(
      problem.fields?.map((f) => f.field),
      ['licenseType'],
    );
    assert.match(problem.detail, /ProTrial/);
    const unknown = await bff.as('admin').call('PATCH', `/api/accounts/${acme}/users/nope`, { body: { licenseType: 'Pro' } });
    assert.equal(unknown.status, 404);
  });
});
