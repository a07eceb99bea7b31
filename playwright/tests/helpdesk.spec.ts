import { FindUserPage } from '../pages/find-user-page.ts';
import { UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';

// A registered demo user of the EnterpriseLWA account (apps' demo seed); nothing here changes who they are.
const EMAIL = 'chloe.abbott@globex.example';

test.describe('helpdesk', () => {
  test('when helpdesk types an email, they land on the user, read a new PIN once, and sign the user out everywhere', async ({
    page,
    signIn,
  }) => {
    await signIn('helpdesk');
    await page.getByRole('link', { name: 'Find a user' }).click();
    const findUser = new FindUserPage(page);
    await expect(findUser.heading).toBeVisible();
    await expect(findUser.searchField).toBeFocused();
    await findUser.find(EMAIL);

    const userPage = new UserPage(page);
    await expect(userPage.heading(EMAIL)).toBeVisible();
    await expect(page).toHaveURL(/\/accounts\/[^/]+\/users\/[^/]+$/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Globex Enterprise');
    await expect(userPage.detail('Registration status')).toHaveText('Registered');
    // Helpdesk's actions only: no license or suspension changes.
    await expect(await userPage.action('Change license')).toHaveCount(0);
    await expect(await userPage.action('Suspend')).toHaveCount(0);
    await page.keyboard.press('Escape');

    const pin = await userPage.resetPin();
    expect(pin).toMatch(/^\d{6,}$/);
    await expect(userPage.dialog.getByRole('button', { name: 'Copy PIN' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'helpdesk-new-pin');
    await userPage.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(pin)).toHaveCount(0);
    await expect(userPage.pinText).toHaveCount(0);
    await page.reload();
    await expect(userPage.heading(EMAIL)).toBeVisible();
    await expect(page.getByText(pin)).toHaveCount(0);
    await expect(userPage.pinText).toHaveCount(0);

    await userPage.confirm('Sign out everywhere');
    await expect(page.getByText(`${EMAIL} is signed out of every device`)).toBeVisible();
    await expect(userPage.dialog).toBeHidden();
  });

  test("when helpdesk reveals a user's current PIN, it is shown in the dialog and gone after the dialog closes", async ({
    page,
    signIn,
  }) => {
    await signIn('helpdesk');
    const findUser = new FindUserPage(page);
    await findUser.open();
    await findUser.find(EMAIL);
    const userPage = new UserPage(page);
    await expect(userPage.heading(EMAIL)).toBeVisible();
    await userPage.choose('Reveal PIN');
    await expect(userPage.dialog).toContainText('Each reveal is recorded in the audit log');
    await userPage.dialog.getByRole('button', { name: 'Reveal PIN' }).click();
    const pin = await userPage.shownPin();
    expect(pin).toMatch(/^\d{6,}$/);
    await expect(userPage.dialog.getByRole('heading', { name: `PIN of ${EMAIL}` })).toBeVisible();
    await screenshot(page, 'helpdesk-revealed-pin');
    await userPage.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(userPage.dialog).toBeHidden();
    await expect(page.getByText(pin)).toHaveCount(0);
    await expect(userPage.pinText).toHaveCount(0);
  });

  test("when helpdesk searches an account's users by exact email, only that user is listed, and the link keeps the search", async ({
    page,
    signIn,
  }) => {
    await signIn('helpdesk');
    const globex = await new BffApi(page).findAccount('Globex');
    const users = new UsersTab(page);
    await users.open(globex.id);
    await expect(users.rows).not.toHaveCount(1);
    await users.searchEmail(EMAIL);
    await expect(page).toHaveURL(new RegExp(`[?&]email=${encodeURIComponent(EMAIL)}`));
    await expect(users.emails).toHaveText([EMAIL]);
    await page.reload();
    await users.loaded();
    await expect(users.token('Email (exact)')).toContainText(EMAIL);
    await expect(users.emails).toHaveText([EMAIL]);
    // Exact, not a substring: part of the address matches no one.
    await users.removeToken('Email (exact)');
    await users.searchEmail(EMAIL.replace('chloe.', 'chlo.'));
    await expect(users.emptyState).toContainText('No users match');
  });

  test('when no account holds the email, Chime is asked and the find page says so', async ({ page, signIn }) => {
    await signIn('helpdesk');
    const findUser = new FindUserPage(page);
    await findUser.open();
    await findUser.find('nobody@nowhere.example');
    await expect(page.getByText(/No Chime account has a user with the email nobody@nowhere.example/)).toBeVisible();
    await expect(page).toHaveURL(/\/find-user\?email=nobody%40nowhere.example$/);
    await expect(findUser.emptyState).toContainText('No user with this email in the index');
    // Anything else is a search of the index: no match, and no exact email to ask Chime for.
    await findUser.find('not-an-email');
    await expect(page).toHaveURL(/\/find-user\?q=not-an-email$/);
    await expect(findUser.emptyState).toContainText('No users match');
    await expect(findUser.lookUpInChime).toHaveCount(0);
  });
});
