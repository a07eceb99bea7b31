import { AccountPage } from '../pages/account-page.ts';
import { AccountsPage, csrfHeader } from '../pages/accounts-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { emulator } from '../support/emulator.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';

const DEMO_ACCOUNTS = ['Acme Corp', 'Globex Enterprise', 'Initech SSO', 'Umbrella Trial'];

interface EmulatorState {
  accounts: { account: { AccountId: string; Name: string }; users: { PrimaryEmail?: string }[] }[];
}

test.describe('the accounts list', () => {
  test('shows the demo accounts with their details', async ({ page, signIn }) => {
    await signIn('viewer');
    const accounts = new AccountsPage(page);
    for (const name of DEMO_ACCOUNTS) await expect(accounts.names.filter({ hasText: name })).toHaveCount(1);
    const acme = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Acme Corp' }) });
    await expect(acme).toContainText('Team');
    await expect(acme).toContainText('Basic, Pro');
    await expect(acme).toContainText('Active');
    await expectAccessible(page);
    await screenshot(page, 'accounts');
  });

  test('when a name prefix is typed, the list narrows and the URL keeps the filter', async ({ page, signIn }) => {
    await signIn('helpdesk');
    const accounts = new AccountsPage(page);
    await accounts.filterByName('Glo');
    await expect(page).toHaveURL(/[?&]namePrefix=Glo(&|$)/);
    await expect(accounts.names).toHaveText(['Globex Enterprise']);
    await page.reload();
    await expect(accounts.nameFilter).toHaveValue('Glo');
    await expect(accounts.names).toHaveText(['Globex Enterprise']);
    await accounts.filterByName('No such account');
    await expect(accounts.emptyState).toContainText('No matching accounts');
    await accounts.filterByName('');
    await expect(page).not.toHaveURL(/namePrefix/);
    await expect(accounts.names.filter({ hasText: 'Acme Corp' })).toHaveCount(1);
  });

  test("when a member's email is given, the list shows the account holding them", async ({ page, signIn }) => {
    const state = (await emulator.state()) as EmulatorState;
    const initech = state.accounts.find(({ account }) => account.Name === 'Initech SSO');
    const email = initech?.users.find((user) => user.PrimaryEmail !== undefined)?.PrimaryEmail;
    expect(email).toBeDefined();
    await signIn('helpdesk');
    const accounts = new AccountsPage(page);
    await accounts.findByEmail('not-an-email');
    await expect(page.getByText('Enter a whole email address')).toBeVisible();
    await expect(page).not.toHaveURL(/userEmail/);
    await accounts.findByEmail(email ?? '');
    await expect(page).toHaveURL(new RegExp(`userEmail=${encodeURIComponent(email ?? '')}`));
    await expect(accounts.names).toHaveText(['Initech SSO']);
    await screenshot(page, 'accounts-find-by-email');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(page).not.toHaveURL(/userEmail/);
  });

  test('pages forward and back with a small page size, and a pasted link reopens the same page', async ({ page, signIn }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const prefix = `Paging ${Date.now()}`;
    const created = [];
    for (const letter of ['A', 'B', 'C']) created.push(await accounts.createAccountViaApi(`${prefix} ${letter}`));

    await accounts.open(`?namePrefix=${encodeURIComponent(prefix)}&pageSize=2`);
    await expect(accounts.names).toHaveText([`${prefix} A`, `${prefix} B`]);
    await accounts.nextPage();
    await expect(accounts.names).toHaveText([`${prefix} C`]);
    await expect(page).toHaveURL(/[?&]cursor=/);
    await expect(accounts.nextPageButton).toBeDisabled();
    const secondPage = page.url();
    await accounts.previousPage();
    await expect(accounts.names).toHaveText([`${prefix} A`, `${prefix} B`]);
    await expect(page).not.toHaveURL(/cursor=/);

    await page.goto(secondPage);
    await expect(accounts.names).toHaveText([`${prefix} C`]);
    await expect(accounts.currentPage).toHaveText('2');

    // Back and forward step through the views: each one's filter, page size and page come back with it.
    const firstPageView = async () => {
      await expect(page).not.toHaveURL(/cursor=/);
      await expect(page).toHaveURL(/[?&]pageSize=2(&|$)/);
      await expect(accounts.nameFilter).toHaveValue(prefix);
      await expect(accounts.currentPage).toHaveText('1');
      await expect(accounts.names).toHaveText([`${prefix} A`, `${prefix} B`]);
    };
    const secondPageView = async () => {
      await expect(page).toHaveURL(secondPage);
      await expect(accounts.nameFilter).toHaveValue(prefix);
      await expect(accounts.currentPage).toHaveText('2');
      await expect(accounts.names).toHaveText([`${prefix} C`]);
    };
    await page.goBack();
    await firstPageView();
    await page.goForward();
    await secondPageView();

    await accounts.setPageSize(10);
    await expect(page).toHaveURL(/[?&]pageSize=10(&|$)/);
    await expect(page).not.toHaveURL(/cursor=/);
    await expect(accounts.names).toHaveText([`${prefix} A`, `${prefix} B`, `${prefix} C`]);
    await page.goBack();
    await secondPageView();
    await page.goForward();
    await expect(page).toHaveURL(/[?&]pageSize=10(&|$)/);
    await expect(accounts.currentPage).toHaveText('1');
    await expect(accounts.names).toHaveText([`${prefix} A`, `${prefix} B`, `${prefix} C`]);

    const headers = await csrfHeader(page);
    for (const { id } of created) await page.request.delete(`/api/accounts/${id}`, { headers });
  });

  test('when Chime fails, the list says so and Retry loads it', async ({ page, signIn }) => {
    await signIn('viewer');
    const accounts = new AccountsPage(page);
    await emulator.injectFaults({ errorRate: 1, statuses: [503], operations: ['ListAccounts'] });
    try {
      await accounts.open('?namePrefix=Acme');
      await expect(page.getByText('Could not load accounts')).toBeVisible({ timeout: 30_000 });
      await screenshot(page, 'accounts-error');
    } finally {
      await emulator.clearFaults();
    }
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(accounts.names).toHaveText(['Acme Corp']);
    await expect(page.getByText('Could not load accounts')).toBeHidden();
  });

  test("when Chime fails to list an account's users, the tab shows the error with Retry, not an empty account", async ({
    page,
    signIn,
  }) => {
    await signIn('viewer');
    const acme = await new BffApi(page).findAccount('Acme');
    const users = new UsersTab(page);
    await emulator.injectFaults({ errorRate: 1, statuses: [503], operations: ['ListUsers'] });
    try {
      // The other filters are answered from the directory index; an exact email is still asked of Chime.
      await page.goto(`/accounts/${acme.id}/users?email=ada.abbott%40acme.example`);
      await expect(page.getByText('Could not load users')).toBeVisible({ timeout: 30_000 });
      await expect(users.emptyState).toContainText('Could not load users');
      await expect(page.getByText('No users match')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
      await screenshot(page, 'users-tab-error');
    } finally {
      await emulator.clearFaults();
    }
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(users.emails.first()).toBeVisible();
    await expect(page.getByText('Could not load users')).toBeHidden();
  });

  test('a viewer reads everything and changes nothing', async ({ page, signIn }) => {
    await signIn('viewer');
    const accounts = new AccountsPage(page);
    await expect(accounts.createButton).toBeDisabled();
    await page.getByRole('link', { name: 'Acme Corp' }).click();
    const account = new AccountPage(page);
    await expect(account.heading('Acme Corp')).toBeVisible();
    for (const action of ['Rename', 'Change default license', 'Delete'] as const) await expect(account.action(action)).toBeDisabled();
    await expect(account.tab('Activity')).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'account-overview-viewer');

    await account.tab('Settings').click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(account.detail('Dial-out')).toContainText('On');
    await expect(page.getByRole('button', { name: 'Edit' })).toBeDisabled();
    await expect(account.policy('Dial-out')).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'account-settings-viewer');
  });

  test('an admin sees the account overview and its settings', async ({ page, signIn }) => {
    await signIn('admin');
    await page.getByRole('link', { name: 'Globex Enterprise' }).click();
    const account = new AccountPage(page);
    await expect(account.heading('Globex Enterprise')).toBeVisible();
    await expect(account.detail('Supported licenses')).toHaveText('Basic, Plus, Pro, ProTrial');
    await expect(account.action('Rename')).toBeEnabled();
    await expectAccessible(page);
    await screenshot(page, 'account-overview');

    await account.tab('Settings').click();
    await expect(account.detail('Remote control')).toContainText('Off');
    await expect(account.detail('Dial-out')).toContainText('Off');
    await expect(page.getByRole('button', { name: 'Edit' })).toBeEnabled();
    await expectAccessible(page);
    await screenshot(page, 'account-settings');
    await page.goBack();
    await expect(page).toHaveURL(/\/accounts\/[^/]+$/);
    await expect(account.detail('Type')).toHaveText('EnterpriseLWA');
  });
});
