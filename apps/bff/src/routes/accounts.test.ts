import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AccountSettings, AuditEntry, Problem } from '@chime-console/contracts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface AccountPage {
  items: Account[];
  nextCursor?: string;
}

describe('accounts', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff();
  });
  after(() => bff.close());

  it('when a viewer lists accounts, then every demo account comes back in pages with an opaque cursor', async () => {
    const viewer = bff.as('viewer');
    const first = (await viewer.call('GET', '/api/accounts?pageSize=3')).json<AccountPage>();
    assert.equal(first.items.length, 3);
    assert.ok(first.nextCursor);
    const second = (
      await viewer.call('GET', `/api/accounts?pageSize=3&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json<AccountPage>();
    const names = [...first.items, ...second.items].map((a) => a.name);
    assert.ok(['Acme Corp', 'Globex Enterprise', 'Initech SSO', 'Umbrella Trial'].every((name) => names.includes(name)));
    assert.equal(new Set(names).size, names.length);
  });

  it('when a cursor is reused with another filter or tampered with, then 400 names the cursor', async () => {
    const viewer = bff.as('viewer');
    const { nextCursor = '' } = (await viewer.call('GET', '/api/accounts?pageSize=1')).json<AccountPage>();
    const mismatch = await viewer.call('GET', `/api/accounts?pageSize=1&namePrefix=Acme&cursor=${encodeURIComponent(nextCursor)}`);
    assert.equal(mismatch.status, 400);
    assert.equal(mismatch.json<Problem>().code, 'cursor_mismatch');
    const tampered = await viewer.call('GET', `/api/accounts?cursor=${encodeURIComponent(`x${nextCursor}`)}`);
    assert.equal(tampered.status, 400);
    assert.equal(tampered.json<Problem>().code, 'invalid_cursor');
  });

  it('filters by name prefix and finds the account of a member email', async () => {
    const viewer = bff.as('viewer');
    const byName = (await viewer.call('GET', '/api/accounts?namePrefix=Glob')).json<AccountPage>();
    assert.deepEqual(
      byName.items.map((a) => a.name),
      ['Globex Enterprise'],
    );
    const byEmail = (await viewer.call('GET', '/api/accounts?userEmail=ada.abbott%40initech.example')).json<AccountPage>();
    assert.deepEqual(
      byEmail.items.map((a) => a.name),
      ['Initech SSO'],
    );
  });

  it('when an admin creates, renames, relicenses and deletes an account, then each step answers the new state', async () => {
    const admin = bff.as('admin');
    const created = await admin.call('POST', '/api/accounts', { body: { name: 'Wayne Enterprises' } });
    assert.equal(created.status, 201);
    const account = created.json<Account>();
    assert.equal(account.type, 'Team');
    const renamed = (
      await admin.call('PATCH', `/api/accounts/${account.id}`, { body: { name: 'Wayne Corp', defaultLicense: 'Basic' } })
    ).json<Account>();
    assert.deepEqual([renamed.name, renamed.defaultLicense], ['Wayne Corp', 'Basic']);
    const deleted = await admin.call('DELETE', `/api/accounts/${account.id}`);
    assert.equal(deleted.status, 204);
    assert.equal((await admin.call('GET', `/api/accounts/${account.id}`)).status, 404);
  });

  it('when the account still has users, then delete is 422 with the reason', async () => {
    const admin = bff.as('admin');
    const { items } = (await admin.call('GET', '/api/accounts?namePrefix=Acme')).json<AccountPage>();
    const response = await admin.call('DELETE', `/api/accounts/${items[0]?.id ?? ''}`);
    assert.equal(response.status, 422);
    const problem = response.json<Problem>();
    assert.equal(problem.code, 'unprocessable');
    assert.match(problem.detail, /active users/);
  });

  it('when a name is blank or too long, then 400 names the field and Chime is not called', async () => {
    const admin = bff.as('admin');
    const before = (await bff.emulator.control<{ operations: Record<string, unknown> }>('GET', '/counters')).operations.CreateAccount;
    const blank = await admin.call('POST', '/api/accounts', { body: { name: '   ' } });
    assert.equal(blank.status, 400);
    assert.deepEqual(
      blank.json<Problem>().fields?.map((f) => f.field),
      ['name'],
    );
    assert.equal((await admin.call('POST', '/api/accounts', { body: { name: 'x'.repeat(101) } })).status, 400);
    const afterCounts = (await bff.emulator.control<{ operations: Record<string, unknown> }>('GET', '/counters')).operations.CreateAccount;
    assert.deepEqual(afterCounts, before);
  });

  it('reads settings fresh and answers the settings read back after a change', async () => {
    const admin = bff.as('admin');
    const { items } = (await admin.call('GET', '/api/accounts?namePrefix=Umbrella')).json<AccountPage>();
    const id = items[0]?.id ?? '';
    const before = (await admin.call('GET', `/api/accounts/${id}/settings`)).json<AccountSettings>();
    const after = (
      await admin.call('PATCH', `/api/accounts/${id}/settings`, { body: { enableDialOut: !before.enableDialOut } })
    ).json<AccountSettings>();
    assert.deepEqual(after, { ...before, enableDialOut: !before.enableDialOut });
  });

  it('when a viewer opens an account, then it comes back whole, as Chime holds it', async () => {
    const { items } = (await bff.as('viewer').call('GET', '/api/accounts?namePrefix=Globex')).json<AccountPage>();
    const listed = items[0];
    assert.ok(listed);

    const response = await bff.as('viewer').call('GET', `/api/accounts/${listed.id}`);

    assert.equal(response.status, 200);
    const account = response.json<Account>();
    assert.deepEqual(account, listed);
    assert.deepEqual([account.name, account.type], ['Globex Enterprise', 'EnterpriseLWA']);
    assert.deepEqual([...account.supportedLicenses].sort(), ['Basic', 'Plus', 'Pro', 'ProTrial']);
  });

  it('when an admin creates an account, then its audit entry names the new account', async () => {
    const account = (await bff.as('admin').call('POST', '/api/accounts', { body: { name: 'Audited Target Co' } })).json<Account>();

    const entries = (await bff.as('admin').call('GET', '/api/audit?action=createAccount')).json<{ items: AuditEntry[] }>().items;

    const entry = entries.find((e) => e.input?.name === 'Audited Target Co');
    assert.deepEqual([entry?.result, entry?.accountId], ['ok', account.id]);
  });
});
