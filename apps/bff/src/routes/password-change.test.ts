import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConsoleUser, Problem, Session } from '@chime-console/contracts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

describe('when an admin forces a new password', () => {
  let bff: TestBff;
  let person: ConsoleUser;
  before(async () => {
    bff = await startTestBff();
    const created = await bff
      .as('admin')
      .call('POST', '/api/console-users', { body: { username: 'temp.person', password: 'first-password-123', role: 'helpdesk' } });
    person = created.json<ConsoleUser>();
    const forced = await bff
      .as('admin')
      .call('POST', `/api/console-users/${person.id}/password`, { body: { password: 'temporary-pass-456' } });
    assert.equal(forced.status, 204);
  });
  after(() => bff.close());

  it('then the person may sign in with it but must choose their own before doing anything else', async () => {
    const client = await bff.signIn('temp.person', 'temporary-pass-456');
    assert.equal((await client.call('GET', '/api/auth/me')).json<Session>().mustChangePassword, true);
    const blocked = await client.call('GET', '/api/accounts');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.json<Problem>().code, 'password_change_required');

    const wrong = await client.call('POST', '/api/auth/password', {
      body: { currentPassword: 'nope-nope-nope', newPassword: 'my-own-password-789' },
    });
    assert.equal(wrong.status, 401);
    const weak = await client.call('POST', '/api/auth/password', { body: { currentPassword: 'temporary-pass-456', newPassword: 'short' } });
    assert.equal(weak.status, 400);
    assert.deepEqual(
      weak.json<Problem>().fields?.map((f) => f.field),
      ['newPassword'],
    );
    const changed = await client.call('POST', '/api/auth/password', {
      body: { currentPassword: 'temporary-pass-456', newPassword: 'my-own-password-789' },
    });
    assert.equal(changed.status, 204);

    assert.equal((await client.call('GET', '/api/auth/me')).json<Session>().mustChangePassword, false);
    assert.equal((await client.call('GET', '/api/accounts')).status, 200);
    const again = await bff.signIn('temp.person', 'my-own-password-789');
    assert.equal((await again.call('GET', '/api/auth/me')).json<Session>().mustChangePassword, false);
  });
});
