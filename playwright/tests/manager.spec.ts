import { readFile } from 'node:fs/promises';
import { InvitationsTab, InvitingAdmin, parseCsv } from '../pages/invitations-tab.ts';
import { USER_ACTIONS, UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { emulator } from '../support/emulator.ts';
import { expect, test } from '../support/fixtures.ts';
import { emailsFor, uniqueName } from '../support/unique.ts';

test.describe('manager (viewer)', () => {
  test('when a manager reviews pending invitations, the CSV holds exactly the pending invitations shown', async ({
    page,
    signIn,
    playwright,
    baseURL,
  }) => {
    const admin = await InvitingAdmin.signIn(playwright.request, baseURL ?? '');
    const account = await admin.createAccount(uniqueName('Manager invites'));
    const emails = emailsFor(account.name, 5);
    await admin.invite(account.id, emails);
    await admin.dispose();
    const [accepted = '', failed = '', alsoAccepted = ''] = emails;
    for (const email of [accepted, alsoAccepted]) await emulator.acceptInvitation(account.id, email);
    await emulator.failInvitation(account.id, failed);
    const pending = emails.slice(3);

    await signIn('viewer');
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id);
    await expect(invitations.count('Pending')).toHaveText('2');
    await invitations.chooseCount('Pending');
    await expect(page).toHaveURL(/[?&]status=Pending/);

    await expect(invitations.emails).toHaveText([...pending].sort().reverse());
    await expect(invitations.rows.filter({ hasNotText: 'Pending' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Resend/ })).toHaveCount(0);

    const download = await invitations.exportCsv();
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(rows.map((row) => row.email).sort()).toEqual([...(await invitations.emails.allTextContents())].sort());
    expect(rows.map((row) => row.status)).toEqual(rows.map(() => 'Pending'));
    expect(rows.map((row) => row.sentBy)).toEqual(rows.map(() => 'admin'));
  });

  test('when a manager opens users, they see no admin or helpdesk action, and a forced call is refused', async ({ page, signIn }) => {
    await signIn('viewer');
    const api = new BffApi(page);
    const acme = await api.findAccount('Acme');
    const users = new UsersTab(page);
    await users.open(acme.id);
    await expect(users.emails.first()).toBeVisible();
    await expect(users.exportLink).toBeVisible();
    for (const button of [users.actionsButton, users.createButton, users.inviteButton]) await expect(button).toHaveCount(0);

    const email = (await users.emails.first().textContent()) ?? '';
    await users.emails.first().click();
    const userPage = new UserPage(page);
    await expect(userPage.heading(email)).toBeVisible();
    await expect(userPage.actionsMenu).toHaveCount(0);
    for (const action of USER_ACTIONS) await expect(await userPage.action(action)).toHaveCount(0);

    const [accountId, userId] = new URL(page.url()).pathname
      .split('/')
      .slice(2)
      .filter((_, index) => index !== 1);
    expect(await api.post(`/api/accounts/${accountId ?? ''}/users/${userId ?? ''}/reset-pin`)).toEqual({ status: 403, code: 'forbidden' });
  });
});
