import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../db/testing.ts';
import { recordInvitations, updateStatuses } from './invitation-store.ts';
import { claimAccountsToCheck } from './reconcile.ts';

forEachDatabase('claiming accounts for the background invitation check', (context) => {
  it('when an account has open invitations, then one claim takes it and the next skips it until its period is over', async () => {
    const sent = { sentBy: 'admin' };
    await recordInvitations(context.db, { ...sent, accountId: 'open' }, [{ email: 'a@open.example', status: 'Pending' }]);
    await recordInvitations(context.db, { ...sent, accountId: 'settled' }, [{ email: 'b@settled.example', status: 'Pending' }]);
    await updateStatuses(context.db, 'settled', [{ email: 'b@settled.example', status: 'Accepted' }]);

    const first = await claimAccountsToCheck(context.db, 60, 10);
    const second = await claimAccountsToCheck(context.db, 60, 10);
    await context.db.query(`UPDATE invitation_reconciliations SET next_check_at = now() - interval '1 second'`);
    const afterPeriod = await claimAccountsToCheck(context.db, 60, 10);

    assert.deepEqual(first, ['open'], 'only the account whose invitations may still change');
    assert.deepEqual(second, [], 'a replica running the same claim at once gets nothing');
    assert.deepEqual(afterPeriod, ['open']);
  });
});
