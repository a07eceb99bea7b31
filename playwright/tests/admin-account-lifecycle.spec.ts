import { AccountPage } from '../pages/account-page.ts';
import { AccountsPage } from '../pages/accounts-page.ts';
import { InviteUsersDialog } from '../pages/invite-users-dialog.ts';
import { UsersTab } from '../pages/users-tab.ts';
import { emulator } from '../support/emulator.ts';
import { expect, screenshot, test } from '../support/fixtures.ts';
import { emailsFor, uniqueName } from '../support/unique.ts';

interface EmulatorState {
  accounts: { account: { AccountId: string }; users: unknown[] }[];
}

test.describe("an admin's account lifecycle", () => {
  test('creates an account, invites, reconfigures, relicenses and suspends its users, then deletes it once it is empty', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const account = new AccountPage(page);
    const users = new UsersTab(page);
    const invite = new InviteUsersDialog(page);
    const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    const name = uniqueName('Lifecycle');

    await accounts.createAccount(name);
    await expect(account.heading(name)).toBeVisible();
    await expect(page.getByText(`Account ${name} created`)).toBeVisible();
    await expect(account.detail('Type')).toHaveText('Team');
    const accountId = (await account.detail('Account ID').textContent()) ?? '';

    // Three lines, one malformed: flagged before anything is sent, and only the two good ones go.
    await account.tab('Users').click();
    await users.loaded();
    await users.inviteButton.click();
    const invitees = emailsFor(name, 2);
    const [ada = '', ben = ''] = invitees;
    await invite.paste(`${ada}\nnot-an-email\n${ben}`);
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('Malformed');
    await invite.checkButton.click();
    await expect(invite.dialog).toContainText('2 invitations will be sent');
    await invite.sendButton(2).click();
    expect(await invite.finished()).toEqual({ ok: 2, failed: 0 });
    for (const email of invitees) await expect(invite.resultRow(email)).toContainText('Pending');
    await expect(invite.results.getByRole('row')).toHaveCount(3);
    await screenshot(page, 'account-lifecycle-invited');
    await invite.close();
    // Chime makes each invitee a user of the Team account at once.
    await expect(users.rows).toHaveCount(2);

    // Settings: read fresh, edited, saved, then kept.
    await account.tab('Settings').click();
    await expect(account.detail('Dial-out')).toContainText('Off');
    await page.getByRole('button', { name: 'Edit' }).click();
    await account.policy('Dial-out').click();
    await screenshot(page, 'account-settings-edit');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Meeting policies saved for ${name}: dial-out on`)).toBeVisible();
    await expect(account.detail('Dial-out')).toContainText('On');
    await page.reload();
    await expect(account.detail('Dial-out')).toContainText('On');

    // A rename shows everywhere the account is named, the user page already visited too (no reload in between).
    await account.tab('Users').click();
    await users.row(ada).getByRole('link').click();
    await expect(breadcrumbs).toContainText(name);
    await breadcrumbs.getByRole('link', { name, exact: true }).click();
    const renamed = `${name} renamed`;
    await account.rename(renamed);
    await expect(account.heading(renamed)).toBeVisible();
    await account.changeDefaultLicense('Basic');
    await expect(account.detail('Default license')).toHaveText('Basic');
    await screenshot(page, 'account-lifecycle-overview');
    await account.tab('Users').click();
    await users.row(ada).getByRole('link').click();
    await expect(breadcrumbs.getByRole('link', { name: renamed, exact: true })).toBeVisible();
    await breadcrumbs.getByRole('link', { name: 'Users', exact: true }).click();
    await users.loaded();

    // Both users' license in one go, with a result for each.
    for (const email of invitees) await users.select(email);
    await users.bulk('Change license');
    await users.dialog.getByRole('button', { name: /New license|Choose a license/ }).click();
    await users.dialog.getByRole('option', { name: 'Basic' }).click();
    await users.dialog.getByRole('button', { name: 'Change license' }).click();
    await expect(users.results).toBeVisible();
    for (const email of invitees) await expect(users.resultRow(email)).toContainText('Done');
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    for (const email of invitees) await expect(users.row(email)).toContainText('Basic');

    // Suspending a Team account's users removes them from it: each gets its result, and the account is left empty.
    for (const email of invitees) await users.select(email);
    await users.bulk('Suspend');
    await expect(users.dialog).toContainText('Chime removes suspended users from the account');
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(users.results).toBeVisible();
    for (const email of invitees) await expect(users.resultRow(email)).toContainText('Done');
    await screenshot(page, 'account-lifecycle-suspended');
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(users.emptyState).toContainText('This account has no users yet');
    const state = (await emulator.state()) as EmulatorState;
    expect(state.accounts.find(({ account: { AccountId } }) => AccountId === accountId)?.users).toEqual([]);

    // Empty now, so Chime lets it go; the typed name must match first.
    await account.tab('Overview').click();
    await account.startDelete(`${renamed} (typo)`);
    await expect(account.deleteButton()).toBeDisabled();
    await account.dialog.getByLabel('Account name to confirm').fill(renamed);
    await screenshot(page, 'account-delete-confirm');
    await account.deleteButton().click();
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(page.getByText(`Account ${renamed} deleted`)).toBeVisible();
    await accounts.filterByName(renamed);
    await expect(accounts.emptyState).toContainText('No matching accounts');
    await page.goto(`/accounts/${accountId}`);
    await expect(page.getByText(`Account ${accountId} not found`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to accounts' })).toBeVisible();
  });

  test('when the account still has active users, Delete is off and says why', async ({ page, signIn }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const account = new AccountPage(page);
    const created = await accounts.createAccountViaApi(`Refused delete ${Date.now()}`);
    await account.createUserViaApi(created.id, `still-active-${Date.now()}@refused.example`);

    await account.open(created.id);
    await expect(account.action('Delete')).toBeDisabled();
    await account.action('Delete').hover();
    await expect(page.getByRole('tooltip')).toContainText('still active');
    await expect(page.getByRole('tooltip')).toContainText('suspend them in the Users tab first');
    await screenshot(page, 'account-delete-refused');
    await expect(account.action('Rename')).toBeEnabled();
  });
});
