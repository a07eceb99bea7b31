import { FindUserPage } from '../pages/find-user-page.ts';
import { UserPage } from '../pages/user-page.ts';
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
    await expect(findUser.email).toBeFocused();
    await findUser.find(EMAIL);

    const userPage = new UserPage(page);
    await expect(userPage.heading(EMAIL)).toBeVisible();
    await expect(page).toHaveURL(/\/accounts\/[^/]+\/users\/[^/]+$/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Globex Enterprise');
    await expect(userPage.detail('Registration status')).toHaveText('Registered');
    // Helpdesk's actions only: no license or suspension changes.
    await expect(userPage.action('Change license')).toHaveCount(0);
    await expect(userPage.action('Suspend')).toHaveCount(0);

    const pin = await userPage.resetPin();
    expect(pin).toMatch(/^\d{6,}$/);
    await expect(userPage.dialog.getByRole('button', { name: 'Copy PIN' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'helpdesk-new-pin');
    await userPage.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(pin)).toHaveCount(0);
    await page.reload();
    await expect(userPage.heading(EMAIL)).toBeVisible();
    await expect(page.getByText(pin)).toHaveCount(0);

    await userPage.confirm('Sign out everywhere');
    await expect(page.getByText(`${EMAIL} is signed out of every device`)).toBeVisible();
    await expect(userPage.dialog).toBeHidden();
  });

  test('when no account holds the email, the find page says so at the field', async ({ page, signIn }) => {
    await signIn('helpdesk');
    const findUser = new FindUserPage(page);
    await findUser.open();
    await findUser.find('nobody@nowhere.example');
    await expect(page.getByText(/No Chime account has a user with the email nobody@nowhere.example/)).toBeVisible();
    await expect(page).toHaveURL(/\/find-user\?email=nobody%40nowhere.example$/);
    await findUser.find('not-an-email');
    await expect(page.getByText(/must look like name@example.com/)).toBeVisible();
  });
});
