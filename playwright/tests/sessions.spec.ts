import type { Browser } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page.ts';
import { createConsoleUser } from '../support/console-users.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { uniqueName } from '../support/unique.ts';

const PASSWORD = 'their-password-0001';

/** A browser of its own, signed in as `username`. */
async function signedInBrowser(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signInPage = new SignInPage(page);
  await signInPage.open();
  await signInPage.signIn(username, PASSWORD);
  // A viewer starts at Invitations.
  await expect(page.getByRole('heading', { name: /^Invitations/, level: 1 })).toBeVisible();
  return { context, page };
}

test.describe("a person's sessions", () => {
  test('signing out the other sessions from the person menu sends the other browser to sign-in and keeps this one', async ({
    page,
    signIn,
    browser,
  }) => {
    await signIn('admin');
    const username = uniqueName('e2e-sessions', '-');
    await createConsoleUser(page, username, PASSWORD, 'viewer');
    const here = await signedInBrowser(browser, username);
    const elsewhere = await signedInBrowser(browser, username);

    await here.page.getByRole('button', { name: username, exact: true }).click();
    await here.page.getByRole('menuitem', { name: 'Sign out other sessions' }).click();
    const dialog = here.page.getByRole('dialog');
    await expect(dialog.getByText('This one stays signed in.')).toBeVisible();
    await expectAccessible(here.page);
    await screenshot(here.page, 'sign-out-other-sessions');
    await dialog.getByRole('button', { name: 'Sign out other sessions' }).click();

    await expect(here.page.getByText('1 other session was signed out.')).toBeVisible();
    await elsewhere.page.reload();
    await expect(elsewhere.page).toHaveURL(/\/sign-in/);
    await here.page.reload();
    await expect(here.page.getByRole('button', { name: username, exact: true })).toBeVisible();
    await here.context.close();
    await elsewhere.context.close();
  });
});
