import { FindUserPage } from '../pages/find-user-page.ts';
import { InvitationsTab } from '../pages/invitations-tab.ts';
import { InviteUsersDialog } from '../pages/invite-users-dialog.ts';
import { UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { uniqueSuffix } from '../support/unique.ts';

test.describe('admin: users in bulk', () => {
  test('when an admin invites three addresses with one malformed, only two are sent, each with its result', async ({ page, signIn }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const run = uniqueSuffix();
    const account = await api.createAccount(`E2E invites ${run}`);
    const users = new UsersTab(page);
    await users.open(account.id);
    await expectAccessible(page);
    await screenshot(page, 'users-tab-empty');

    await users.inviteButton.click();
    await expect(page).toHaveURL(/invite=open/);
    const invite = new InviteUsersDialog(page);
    const good = [`ada.${run}@invite.example`, `ben.${run}@invite.example`];
    await invite.paste(`${good[0]}, not-an-email\n${good[1]}`);
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('Malformed');
    await expectAccessible(page);
    await screenshot(page, 'invite-dialog-compose');

    await invite.checkButton.click();
    await expect(invite.review).toBeVisible();
    await expect(invite.dialog).toContainText('2 invitations will be sent');
    await screenshot(page, 'invite-dialog-review');
    await invite.sendButton(2).click();

    await expect(invite.results).toBeVisible();
    for (const email of good) {
      const row = invite.resultRow(email);
      await expect(row).toContainText('Pending');
      await expect(row).toContainText('Sent');
      await expect(row).toContainText('Invited');
      // Email, result, then Chime's InviteId.
      await expect(row.getByRole('cell').nth(2)).toHaveText(/\S{6,}/);
    }
    await expect(invite.results.getByRole('row')).toHaveCount(3);
    await expectAccessible(page);
    await screenshot(page, 'invite-dialog-results');
    await invite.close();

    // The two invited people are users of the account now; a bulk license change reports on each.
    await users.loaded();
    await expect(users.rows).toHaveCount(2);
    for (const email of good) await users.select(email);
    await users.bulk('Change license');
    await users.dialog.getByRole('button', { name: /New license|Choose a license/ }).click();
    await users.dialog.getByRole('option', { name: 'Basic' }).click();
    await users.dialog.getByRole('button', { name: 'Change license' }).click();
    await expect(users.results).toBeVisible();
    for (const email of good) await expect(users.resultRow(email)).toContainText('Done');
    await screenshot(page, 'bulk-license-results');
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(users.row(good[0] as string)).toContainText('Basic');

    // The invitations tab lists them as pending.
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id, '?status=Pending');
    await expect(invitations.rows).toHaveCount(2);
    await expect(invitations.count('Pending')).toHaveText('2');
    await expectAccessible(page);
    await screenshot(page, 'invitations-tab');
  });

  test('when an invitee is already a user of the account, the dialog flags them before sending and sends only the others', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const run = uniqueSuffix();
    const account = await api.createAccount(`E2E existing ${run}`);
    const existing = await api.createUser(account.id, `already.${run}@invite.example`);
    const fresh = `fresh.${run}@invite.example`;

    const users = new UsersTab(page);
    await users.open(account.id, '?invite=open');
    const invite = new InviteUsersDialog(page);
    await invite.paste(`${existing.email}\n${fresh}`);
    await invite.checkButton.click();
    await expect(invite.review).toBeVisible();
    await expect(invite.review.getByRole('row').filter({ hasText: existing.email })).toContainText('Already a user of this account');
    await expect(invite.dialog).toContainText('1 already user');
    await expect(invite.dialog).toContainText('1 invitation will be sent');
    await screenshot(page, 'invite-dialog-existing-user');
    await invite.sendButton(1).click();
    expect(await invite.finished()).toEqual({ ok: 1, failed: 0 });
    await expect(invite.resultRow(fresh)).toContainText('Pending');
    await expect(invite.results.getByRole('row').filter({ hasText: existing.email })).toHaveCount(0);
  });

  test('when an admin suspends users of an EnterpriseLWA account, each gets its result', async ({ page, signIn }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const globex = await api.findAccount('Globex');
    const run = uniqueSuffix();
    const created = [
      await api.createUser(globex.id, `suspend.a.${run}@globex.example`),
      await api.createUser(globex.id, `suspend.b.${run}@globex.example`),
    ];

    const users = new UsersTab(page);
    await users.open(globex.id, '?registrationStatus=Unregistered&pageSize=200');
    // The filter is answered from the directory index, which the new users were written to as they were created.
    await expect(users.freshness).toBeVisible();
    for (const user of created) await users.select(user.email);
    await users.bulk('Suspend');
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(users.results).toBeVisible();
    for (const user of created) await expect(users.resultRow(user.email)).toContainText('Done');
    await screenshot(page, 'bulk-suspend-results');
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await users.removeToken('Registration status');
    await users.chooseFilter('Registration status', 'Suspended');
    for (const user of created) await expect(users.row(user.email)).toContainText('Suspended');

    // The user page of a suspended EnterpriseLWA user offers Unsuspend.
    await users
      .row(created[0]?.email as string)
      .getByRole('link')
      .click();
    const userPage = new UserPage(page);
    await expect(userPage.detail('Registration status')).toHaveText('Suspended');
    await expect(await userPage.action('Unsuspend')).toBeEnabled();
    await expectAccessible(page);
    await screenshot(page, 'user-page-admin');
  });

  test('when a link holds filters, page size and cursor, opening it restores the same view', async ({ page, signIn }) => {
    await signIn('admin');
    const globex = await new BffApi(page).findAccount('Globex');
    const users = new UsersTab(page);
    await users.open(globex.id, '?userType=PrivateUser&pageSize=10');
    await expect(users.rows).toHaveCount(10);
    await users.nextPageButton.click();
    await expect(page).toHaveURL(/cursor=/);
    await users.loaded();
    await expect(users.currentPage).toHaveText('2');
    const secondPage = await users.emails.allTextContents();
    const link = page.url();
    expect(link).toMatch(/userType=PrivateUser/);
    expect(link).toMatch(/pageSize=10/);

    const other = await page.context().newPage();
    await other.goto(link);
    const restored = new UsersTab(other);
    await restored.loaded();
    await expect(restored.emails).toHaveText(secondPage);
    await expect(restored.currentPage).toHaveText('2');
    await expect(restored.token('User type')).toContainText('PrivateUser');
    await expectAccessible(other);
    await screenshot(other, 'users-tab-page-2');
    await other.close();
  });

  test('the find-user page is accessible', async ({ page, signIn }) => {
    await signIn('admin');
    const findUser = new FindUserPage(page);
    await findUser.open();
    await expectAccessible(page);
    await screenshot(page, 'find-user');
  });
});
