import { csrfHeader } from '../pages/accounts-page.ts';
import { ConsoleUsersPage } from '../pages/console-users-page.ts';
import { InviteUsersDialog } from '../pages/invite-users-dialog.ts';
import { SignInPage } from '../pages/sign-in-page.ts';
import { UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { SIGN_INS, type DemoRole } from '../support/roles.ts';
import { uniqueName, uniqueSuffix } from '../support/unique.ts';

/** Signs in with no return URL, as a person opening the console does. */
async function signInFresh(signInPage: SignInPage, role: DemoRole): Promise<void> {
  await signInPage.open();
  await signInPage.signIn(SIGN_INS[role].username, SIGN_INS[role].password);
}

test.describe('a newcomer: forms, invitations and sign-in', () => {
  test('the create console user form says what to enter in plain words, and the person created sets their own password first', async ({
    page,
    signIn,
    browser,
  }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    await page.getByRole('button', { name: 'Create console user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create console user' });
    await dialog.getByLabel('Username').fill('ab');
    await dialog.getByLabel('Password', { exact: true }).fill('short');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(dialog.getByText('Enter 3 to 64 characters.')).toBeVisible();
    await expect(dialog.getByText('Enter 12 to 256 characters.')).toBeVisible();
    await expect(dialog).not.toContainText(/Too small|expected string|needs/);
    await screenshot(page, 'create-console-user-plain-errors');

    const username = uniqueName('e2e-first', '-');
    await dialog.getByLabel('Username').fill(username);
    await dialog.getByLabel('Password', { exact: true }).fill('chosen-by-admin-0001');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();

    const theirContext = await browser.newContext();
    const theirs = await theirContext.newPage();
    await new SignInPage(theirs).open();
    await new SignInPage(theirs).signIn(username, 'chosen-by-admin-0001');
    await expect(theirs).toHaveURL(/\/change-password$/);
    await expect(theirs.getByText('An admin chose the password you signed in with')).toBeVisible();
    await theirContext.close();
  });

  test('each role starts at its job after sign-in, and an explicit return URL wins', async ({ page }) => {
    const signInPage = new SignInPage(page);
    const starts: [DemoRole, RegExp, RegExp][] = [
      ['helpdesk', /\/find-user$/, /^Find a user/],
      ['viewer', /\/invitations$/, /^Invitations/],
      ['admin', /\/accounts$/, /^Accounts/],
    ];
    for (const [role, url, heading] of starts) {
      await signInFresh(signInPage, role);
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      // `/` is the same start.
      await page.goto('/');
      await expect(page).toHaveURL(url);
      await page.context().clearCookies();
    }

    await signInPage.open('/audit');
    await signInPage.signIn(SIGN_INS.admin.username, SIGN_INS.admin.password);
    await expect(page).toHaveURL(/\/audit$/);
  });

  test('a lapsed session says which action was not done, and signing in brings the person back to it', async ({ page, signIn }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const account = await api.createAccount(`E2E lapse ${uniqueSuffix()}`);
    const user = await api.createUser(account.id, `lapse.${uniqueSuffix()}@forms.example`);
    const userPage = new UserPage(page);
    await userPage.open(account.id, user.id);
    const here = page.url();
    // Each page's title names its subject, for tabs, history and screen readers.
    await expect(page).toHaveTitle(`${user.email} · Chime Console`);

    // The session ends behind the page's back (expired, or signed out in another tab).
    await page.context().clearCookies();
    await userPage.confirm('Sign out everywhere');

    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
    await expect(
      page.getByText(`Your session expired, so “Sign out everywhere” for ${user.email} was not done. Sign in to go back and do it again.`),
    ).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-after-lapsed-action');
    await new SignInPage(page).signIn(SIGN_INS.admin.username, SIGN_INS.admin.password);
    await expect(page).toHaveURL(here);
    await expect(userPage.heading(user.email)).toBeVisible();
    // The action is there to press again, and now it is done.
    await userPage.confirm('Sign out everywhere');
    await expect(page.getByText(`${user.email} is signed out of every device`)).toBeVisible();
  });

  test('the invite dialog reads names as mail copies them, puts problems first, and an address of another account is flagged, not sent', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const run = uniqueSuffix();
    const account = await api.createAccount(`E2E names ${run}`);
    const other = await api.createAccount(`E2E other ${run}`);
    const member = `member.${run}@forms.example`;
    const elsewhere = `elsewhere.${run}@forms.example`;
    await api.createUser(account.id, member);
    await api.createUser(other.id, elsewhere);
    const users = new UsersTab(page);
    await users.open(account.id);
    await users.inviteButton.click();
    const invite = new InviteUsersDialog(page);
    const ana = `ana.${run}@forms.example`;
    const bo = `bo.${run}@forms.example`;
    await invite.paste(`Ana Lee <${ana}>; "Diaz, Bo" <${bo}>, Nobody <not-an-email>\nMember <${member}>; ${elsewhere}`);
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText(
      'Enter an email address like name@example.com',
    );
    await expect(invite.checkButton).toHaveText('Check 4 addresses');
    await invite.checkButton.click();

    await expect(invite.review).toBeVisible();
    const rows = invite.review.getByRole('row');
    // The header, then the three that will not be sent, then the two that will.
    await expect(rows.nth(1)).toContainText('not-an-email');
    await expect(invite.review.getByRole('row').filter({ hasText: member })).toContainText('Already a user of this account (Unregistered)');
    await expect(invite.review.getByRole('row').filter({ hasText: elsewhere })).toContainText(
      `Already a user of another account, ${other.name}`,
    );
    await expect(rows.nth(4)).toContainText(ana);
    await expect(rows.nth(5)).toContainText(bo);
    await expect(invite.dialog).toContainText('2 invitations will be sent');
    await expectAccessible(page);
    await screenshot(page, 'invite-dialog-review-problems-first');
    await invite.sendButton(2).click();
    await expect(invite.results).toBeVisible();
    expect(await invite.finished()).toEqual({ ok: 2, failed: 0 });
    await expect(invite.retryButton).toHaveCount(0);
  });

  test('an invitation Chime refuses says why, and no retry is offered for it', async ({ page, signIn }) => {
    await signIn('admin');
    const api = new BffApi(page);
    const run = uniqueSuffix();
    const account = await api.createAccount(`E2E refused ${run}`);
    const other = await api.createAccount(`E2E holder ${run}`);
    const taken = `taken.${run}@forms.example`;
    await api.createUser(other.id, taken);
    // Sent as a job straight away (as an older check, or a script, might): Chime answers Failed.
    const started = await page.request.post(`/api/accounts/${account.id}/jobs`, {
      headers: await csrfHeader(page),
      data: { kind: 'invite', emails: [taken] },
    });
    expect(started.status(), await started.text()).toBe(201);
    await page.goto(`/jobs/${((await started.json()) as { id: string }).id}`);

    const row = page.getByRole('row').filter({ hasText: taken });
    await expect(row).toContainText('usually belongs to a user of another Chime account', { timeout: 30_000 });
    await expect(row).toContainText('Not offered for retry.');
    await expect(page.getByText('Done: 1 failed; retrying would fail the same way: see each reason')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
    await screenshot(page, 'job-refused-invitation');
  });

  test('signing out logs no error in the browser console', async ({ page, signIn }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn('admin');
    await page.getByRole('button', { name: SIGN_INS.admin.username, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    // Sign-out's own requests (a 401 from /me as the page settles) are not errors of the page.
    expect(errors.filter((text) => !text.includes('401'))).toEqual([]);
  });
});
