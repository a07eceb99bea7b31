import { AccountPage } from '../pages/account-page.ts';
import { AccountsPage, csrfHeader } from '../pages/accounts-page.ts';
import { SignInPage } from '../pages/sign-in-page.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { SIGN_INS } from '../support/roles.ts';
import { uniqueName } from '../support/unique.ts';

test.describe('the console shell', () => {
  test('when signed out, a deep link goes to sign-in and comes back after', async ({ page }) => {
    await page.goto('/accounts?namePrefix=Demo');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
    await new SignInPage(page).signIn(SIGN_INS.viewer.username, SIGN_INS.viewer.password);
    await expect(page).toHaveURL(/\/accounts\?namePrefix=Demo$/);
  });

  test('when the password is wrong, then the form says so and stays', async ({ page }) => {
    const signInPage = new SignInPage(page);
    await signInPage.open();
    await signInPage.signIn('admin', 'not-the-password');
    await expect(page.getByText(/password|sign-in/i).first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('when the session ends while the person is on a page, their next action goes to sign-in and back to the same view', async ({
    page,
    signIn,
  }) => {
    await signIn('helpdesk');
    const accounts = new AccountsPage(page);
    await accounts.open('?namePrefix=Glo&pageSize=10');
    await expect(accounts.names).toHaveText(['Globex Enterprise']);

    // Ended on the server while the page stays open, as an expiry or an admin would: the SPA does not know yet.
    const ended = await page.request.post('/api/auth/logout', { headers: await csrfHeader(page) });
    expect(ended.status()).toBe(204);
    await expect(accounts.names).toHaveText(['Globex Enterprise']);

    await accounts.filterByName('Acm');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
    const returnTo = new URL(page.url()).searchParams.get('returnTo');
    expect(returnTo).toBe('/accounts?namePrefix=Acm&pageSize=10');
    await new SignInPage(page).signIn(SIGN_INS.helpdesk.username, SIGN_INS.helpdesk.password);
    await expect(page).toHaveURL(/\/accounts\?namePrefix=Acm&pageSize=10$/);
    await expect(accounts.nameFilter).toHaveValue('Acm');
    await expect(accounts.names).toHaveText(['Acme Corp']);
  });

  test("one person's notifications do not show to the next one after sign-out", async ({ page, signIn }) => {
    await signIn('admin');
    const accounts = new AccountsPage(page);
    const name = uniqueName('Notified');
    await accounts.createAccount(name);
    const created = page.getByText(`Account ${name} created`);
    await expect(created).toBeVisible();
    const account = new AccountPage(page);
    await expect(account.heading(name)).toBeVisible();
    const accountId = (await account.detail('Account ID').textContent()) ?? '';
    expect((await page.request.delete(`/api/accounts/${accountId}`, { headers: await csrfHeader(page) })).status()).toBe(204);

    await page.getByRole('button', { name: SIGN_INS.admin.username, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn('viewer');
    await expect(page.getByRole('button', { name: SIGN_INS.viewer.username, exact: true })).toBeVisible();
    await expect(created).toHaveCount(0);
  });

  test('dark mode and compact density are remembered across a reload, and dark mode is accessible', async ({ page, signIn }) => {
    await signIn('viewer');
    const body = page.locator('body');
    const display = async (item: string) => {
      await page.getByRole('button', { name: 'Display preferences' }).click();
      await page.getByRole('menuitem', { name: item }).click();
    };
    await display('Dark mode');
    await expect(body).toHaveClass(/awsui-dark-mode/);
    await display('Compact density');
    await expect(body).toHaveClass(/awsui-compact-mode/);

    await page.reload();
    await expect(new AccountsPage(page).names.first()).toBeVisible();
    await expect(body).toHaveClass(/awsui-dark-mode/);
    await expect(body).toHaveClass(/awsui-compact-mode/);
    await page.getByRole('button', { name: 'Display preferences' }).click();
    await expect(page.getByRole('menuitem', { name: 'Light mode' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Comfortable density' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await screenshot(page, 'accounts-dark-compact');

    await display('Light mode');
    await expect(body).not.toHaveClass(/awsui-dark-mode/);
    await expect(body).toHaveClass(/awsui-compact-mode/);
  });

  test('each role sees who is signed in and as what', async ({ page, signIn }) => {
    for (const role of ['admin', 'helpdesk', 'viewer'] as const) {
      await signIn(role);
      await expect(page.getByRole('button', { name: SIGN_INS[role].username, exact: true })).toBeVisible();
      await page.getByRole('button', { name: SIGN_INS[role].username, exact: true }).click();
      await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });
});
