import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Account, User } from '@chime-console/contracts';
import { forEachDatabase } from '../testing/databases.ts';
import { changeUsers, upsertAccounts, upsertUsers } from './index-writes.ts';

const team: Account = { id: 'team-1', awsAccountId: '111122223333', name: 'Team One', type: 'Team', supportedLicenses: ['Basic', 'Pro'] };
const user = (id: string): User => ({ id, accountId: team.id, email: `${id}@team.example`, registrationStatus: 'Registered' });
const at = (second: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, second));

forEachDatabase('the directory index', (context) => {
  it('when a Team suspension removes users while a sweep is reading, then the sweep’s older page does not bring them back; a later read does', async () => {
    const ids = async () =>
      (
        await context.db.query<{ user_id: string }>('SELECT user_id FROM directory_users WHERE account_id = $1 ORDER BY user_id', [team.id])
      ).map((row) => row.user_id);
    await upsertAccounts(context.db, [team], at(0));
    await upsertUsers(context.db, team.id, [user('u1'), user('u2')], at(0));

    // The sweep reads its page at second 1; the console suspends u1 at second 2; the sweep writes its page after.
    await changeUsers(context.db, team.id, ['u1'], { kind: 'suspend' }, at(2));
    await upsertUsers(context.db, team.id, [user('u1'), user('u2')], at(1));
    assert.deepEqual(await ids(), ['u2']);

    // Chime returning the user in a read that began after the removal is its word now.
    await upsertUsers(context.db, team.id, [user('u1')], at(3));
    assert.deepEqual(await ids(), ['u1', 'u2']);
  });
});
