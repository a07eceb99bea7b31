import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../testing/databases.ts';
import { recordInvitations, updateStatuses } from './invitation-store.ts';
import { claimAccountsToCheck } from './reconcile.ts';

forEachDatabase('claiming accounts for the background invitation check', (context) => {
  it('when an account has open invitations, then one claim takes it and the next skips it until its period is over', async () => {
    const sent = { sentBy: 'admin' };
    await recordInvitations(context.db, { ...sent, accountId: 'open' }, [{ email: 'a@open.example', status: 'Pending' }]);
    await recordInvitations(context.db, { ...sent, accountId: 'settled' }, [{ email: 'b@settled.example', status: 'Pending' }]);
    await updateStatuses(context.db, 'settled', [{ email: 'b@settled.example', status: 'Accepted' }], new Date(Date.now() + 1000));

    const first = await claimAccountsToCheck(context.db, 60, 10);
    const second = await claimAccountsToCheck(context.db, 60, 10);
    await context.db.query(`UPDATE invitation_reconciliations SET next_check_at = now() - interval '1 second'`);
    const afterPeriod = await claimAccountsToCheck(context.db, 60, 10);

    assert.deepEqual(first, ['open'], 'only the account whose invitations may still change');
    assert.deepEqual(second, [], 'a replica running the same claim at once gets nothing');
    assert.deepEqual(afterPeriod, ['open']);
  });
});

forEachDatabase('invitation statuses read back from Chime', (context) => {
  const statusOf = async (email: string) =>
    (await context.db.query<{ status: string }>(`SELECT status FROM invitations WHERE email = $1`, [email]))[0]?.status;
  const later = (ms: number) => new Date(Date.now() + ms);

  it('when an older read of Chime lands after a newer one, then the newer status stays', async () => {
    await recordInvitations(context.db, { sentBy: 'admin', accountId: 'a' }, [{ email: 'ada@race.example', status: 'Pending' }]);
    const olderRead = later(1000);
    const newerRead = later(2000);

    await updateStatuses(context.db, 'a', [{ email: 'ada@race.example', status: 'Accepted' }], newerRead);
    await updateStatuses(context.db, 'a', [{ email: 'ada@race.example', status: 'Pending' }], olderRead);

    assert.equal(await statusOf('ada@race.example'), 'Accepted');
  });

  it('when an invitation is sent again after Chime was read, then that read does not overwrite the new send', async () => {
    await recordInvitations(context.db, { sentBy: 'admin', accountId: 'a' }, [{ email: 'bo@race.example', status: 'Pending' }]);
    const readBeforeResend = new Date(Date.now() - 1000);

    await updateStatuses(context.db, 'a', [{ email: 'bo@race.example', status: 'Failed' }], readBeforeResend);

    assert.equal(await statusOf('bo@race.example'), 'Pending');
  });
});
