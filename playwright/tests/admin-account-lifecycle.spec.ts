import { AccountPage } from '../pages/account-page.ts';
import { AccountsPage } from '../pages/accounts-page.ts';
import { expect, screenshot, test } from '../support/fixtures.ts';

test.describe("an admin's account lifecycle", () => {
  test('creates, renames, relicenses, reconfigures and deletes an account', async ({ page, signIn }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const account = new AccountPage(page);
    const name = `Lifecycle ${Date.now()}`;

    await accounts.createAccount(name);
    await expect(account.heading(name)).toBeVisible();
    await expect(page.getByText(`Account ${name} created`)).toBeVisible();
    await expect(account.detail('Type')).toHaveText('Team');
    const accountId = (await account.detail('Account ID').textContent()) ?? '';

    const renamed = `${name} renamed`;
    await account.rename(renamed);
    await expect(account.heading(renamed)).toBeVisible();
    await expect(account.detail('Name')).toHaveText(renamed);

    await account.changeDefaultLicense('Basic');
    await expect(account.detail('Default license')).toHaveText('Basic');
    await screenshot(page, 'account-lifecycle-overview');

    await account.tab('Settings').click();
    await expect(account.policy('Dial-out')).not.toBeChecked();
    await account.policy('Dial-out').click();
    await expect(account.dialog.getByRole('heading', { name: `Turn dial-out on for ${renamed}?` })).toBeVisible();
    await expect(account.dialog).toContainText('Read from Chime just now: dial-out is off');
    await screenshot(page, 'account-settings-confirm');
    await account.dialog.getByRole('button', { name: 'Turn on' }).click();
    await expect(account.dialog).toBeHidden();
    await expect(account.policy('Dial-out')).toBeChecked();
    await page.reload();
    await expect(account.policy('Dial-out')).toBeChecked();
    await expect(account.policy('Remote control')).toBeChecked();

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
    await expect(page.getByText(`Could not load account ${accountId}`)).toBeVisible();
  });

  test('when the account still has active users, the delete dialog says why Chime refuses', async ({ page, signIn }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const account = new AccountPage(page);
    const created = await accounts.createAccountViaApi(`Refused delete ${Date.now()}`);
    await account.createUserViaApi(created.id, `still-active-${Date.now()}@refused.example`);

    await account.open(created.id);
    await account.startDelete(created.name);
    await account.deleteButton().click();
    await expect(account.dialog).toContainText(`Could not delete ${created.name}`);
    await expect(account.dialog).toContainText('still has 1 active user');
    await expect(account.dialog).toContainText('Suspend them in the Users tab');
    await screenshot(page, 'account-delete-refused');
    await account.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(account.heading(created.name)).toBeVisible();
  });
});
