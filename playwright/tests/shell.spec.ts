import { SignInPage } from '../pages/sign-in-page.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { SIGN_INS } from '../support/roles.ts';

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

  test('when the session ends, the next action returns to sign-in', async ({ page, signIn }) => {
    await signIn('helpdesk');
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Find a user' }).click();
    await expect(page).toHaveURL(/\/find-user$/);
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Ffind-user/);
  });

  test('each role sees who is signed in and as what', async ({ page, signIn }) => {
    for (const role of ['admin', 'helpdesk', 'viewer'] as const) {
      await signIn(role);
      await expect(page.getByRole('button', { name: SIGN_INS[role].username })).toBeVisible();
      await page.getByRole('button', { name: SIGN_INS[role].username }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });
});
