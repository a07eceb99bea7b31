import type { Locator, Page } from '@playwright/test';
import { AccountPage } from '../pages/account-page.ts';
import { AccountsPage } from '../pages/accounts-page.ts';
import { JobsApi } from '../pages/jobs-page.ts';
import { SignInPage } from '../pages/sign-in-page.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { SIGN_INS } from '../support/roles.ts';
import { uniqueName } from '../support/unique.ts';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const breadcrumbs = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumbs' });

/** The trail as read: every crumb's text, in order (Cloudscape renders each once for measuring too: those are hidden). */
async function trail(page: Page): Promise<string[]> {
  return (await breadcrumbs(page).getByRole('listitem').filter({ visible: true }).allInnerTexts()).map((text) => text.trim());
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function acmeIds(page: Page): Promise<{ accountId: string; userId: string; email: string }> {
  const accounts = (await (await page.request.get('/api/accounts?namePrefix=Acme')).json()) as { items: { id: string; name: string }[] };
  const acme = accounts.items.find((account) => account.name === 'Acme Corp');
  if (!acme) throw new Error('no Acme Corp in the demo data');
  const users = (await (await page.request.get(`/api/accounts/${acme.id}/users?pageSize=25`)).json()) as {
    items: { id: string; email?: string }[];
  };
  const user = users.items.find((candidate) => candidate.email !== undefined);
  if (!user?.email) throw new Error('Acme Corp has no user with an email');
  return { accountId: acme.id, userId: user.id, email: user.email };
}

test.describe('a newcomer finds the console effortless', () => {
  test('keyboard only: sign in, skip to the content, open an account, rename it, and focus is never lost', async ({ page }) => {
    const signInPage = new SignInPage(page);
    await signInPage.open('/accounts');
    await tabTo(page, page.getByLabel('Username'));
    await page.keyboard.type(SIGN_INS.admin.username);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(SIGN_INS.admin.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^Accounts/, level: 1 })).toBeVisible();
    const created = await new AccountsPage(page).createAccountViaApi(uniqueName('Keyboard'));

    // The first tab stop skips the top bar and the navigation.
    await page.goto('/accounts');
    await expect(page.getByRole('heading', { name: /^Accounts/, level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await screenshot(page, 'skip-link-focused');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
    // The next stop is in the page's content, not the top bar.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Side navigation' }).locator(':focus')).toHaveCount(0);
    expect(await page.evaluate(() => document.getElementById('main-content')?.contains(document.activeElement))).toBe(true);

    await page.getByLabel('Filter accounts by name prefix').focus();
    await page.keyboard.type(created.name);
    const link = page.getByRole('link', { name: created.name, exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const account = new AccountPage(page);
    await expect(account.heading(created.name)).toBeVisible();

    // The dialog opens on its first field; Escape brings focus back to the button that opened it.
    const rename = account.action('Rename');
    await tabTo(page, rename);
    await page.keyboard.press('Enter');
    await expect(account.dialog.getByLabel('New name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(account.dialog).toBeHidden();
    await expect(rename).toBeFocused();

    // Cancel does the same.
    await page.keyboard.press('Enter');
    await expect(account.dialog.getByLabel('New name')).toBeFocused();
    await tabTo(page, account.dialog.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(account.dialog).toBeHidden();
    await expect(rename).toBeFocused();

    // After the action itself, focus is back on the opener, not lost to the page.
    await page.keyboard.press('Enter');
    const renamed = `${created.name} renamed`;
    await page.keyboard.press('End');
    await page.keyboard.type(' renamed');
    await page.keyboard.press('Enter');
    await expect(account.heading(renamed)).toBeVisible();
    await expect(account.dialog).toBeHidden();
    await expect(rename).toBeFocused();
  });

  test('in a narrow window the navigation starts closed and the page fits; in a wide one it is as the person left it', async ({
    page,
    signIn,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await signIn('helpdesk');
    const navigation = page.getByRole('navigation', { name: 'Side navigation' });
    const bulkJobs = navigation.getByRole('link', { name: 'Bulk jobs' });
    await expect(page.getByRole('button', { name: 'Open side navigation' })).toBeVisible();
    await expect(bulkJobs).toBeHidden();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'accounts-800');

    await page.getByRole('button', { name: 'Open side navigation' }).click();
    await bulkJobs.click();
    await expect(page.getByRole('heading', { name: 'Bulk jobs', level: 1 })).toBeVisible();
    // Opened in a narrow window for one trip: the next page starts closed again.
    await expect(bulkJobs).toBeHidden();
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'jobs-800');

    const { accountId } = await acmeIds(page);
    await page.goto(`/accounts/${accountId}/users`);
    await expect(page.getByRole('heading', { name: 'Acme Corp', level: 1 })).toBeVisible();
    await expect(page.getByText('Loading users')).toHaveCount(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'account-users-800');

    // Wide: open by default; closed by the person, it stays closed across pages and reloads.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(bulkJobs).toBeVisible();
    await page.getByRole('button', { name: 'Close side navigation' }).click();
    await expect(bulkJobs).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Acme Corp', level: 1 })).toBeVisible();
    await expect(bulkJobs).toBeHidden();
    await page.getByRole('button', { name: 'Open side navigation' }).click();
    await expect(bulkJobs).toBeVisible();
  });

  test('every page has no serious accessibility violation, in light and in dark mode', async ({ page, signIn }) => {
    // 16 pages twice, each checked by axe and photographed: minutes, not seconds, on a busy machine.
    test.setTimeout(420_000);
    await signIn('admin');
    const { accountId, userId, email } = await acmeIds(page);
    const scratch = await new AccountsPage(page).createAccountViaApi(uniqueName('Axe'));
    const job = await new JobsApi(page).createInviteJob(scratch.id, [`${scratch.name.toLowerCase().replace(/\W+/g, '-')}@example.com`]);
    const pages: { path: string; ready: Locator; name: string }[] = [
      { name: 'accounts', path: '/accounts', ready: page.getByRole('heading', { name: 'Accounts', level: 1 }) },
      { name: 'account', path: `/accounts/${accountId}`, ready: page.getByRole('heading', { name: 'Details' }) },
      { name: 'account-users', path: `/accounts/${accountId}/users`, ready: page.getByRole('link', { name: email }) },
      {
        name: 'account-invitations',
        path: `/accounts/${accountId}/invitations`,
        ready: page.getByRole('heading', { name: /^Invitations \(/ }),
      },
      { name: 'account-settings', path: `/accounts/${accountId}/settings`, ready: page.getByRole('button', { name: 'Edit' }) },
      { name: 'account-activity', path: `/accounts/${accountId}/activity`, ready: page.getByRole('heading', { name: 'Activity' }) },
      { name: 'user', path: `/accounts/${accountId}/users/${userId}`, ready: page.getByRole('heading', { name: email, level: 1 }) },
      { name: 'find-user', path: '/find-user?q=acme', ready: page.getByRole('heading', { name: 'Find a user', level: 1 }) },
      { name: 'invitations', path: '/invitations', ready: page.getByRole('heading', { name: 'Per account' }) },
      { name: 'jobs', path: '/jobs', ready: page.getByRole('link', { name: /^Invite/ }).first() },
      { name: 'job', path: `/jobs/${job.id}`, ready: page.getByRole('heading', { name: /^Invite/, level: 1 }) },
      { name: 'audit', path: '/audit', ready: page.getByRole('heading', { name: 'Audit log', level: 1 }) },
      { name: 'console-users', path: '/console-users', ready: page.getByRole('rowheader', { name: 'admin (you)' }) },
      { name: 'change-password', path: '/change-password', ready: page.getByRole('heading', { name: /password/i, level: 1 }) },
      { name: 'unknown-account', path: '/accounts/00000000-0000-0000-0000-000000000000', ready: page.getByText('Back to accounts') },
      { name: 'not-found', path: '/no-such-page', ready: page.getByRole('heading', { name: 'Page not found' }) },
    ];
    for (const mode of ['light', 'dark'] as const) {
      if (mode === 'dark') {
        await page.getByRole('button', { name: 'Display preferences' }).click();
        await page.getByRole('menuitem', { name: 'Dark mode' }).click();
        await expect(page.locator('body')).toHaveClass(/awsui-dark-mode/);
      }
      for (const { name, path, ready } of pages) {
        await page.goto(path);
        await expect(ready, `${name} in ${mode} mode`).toBeVisible();
        await expect(page.locator('[class*="awsui_spinner"]')).toHaveCount(0);
        await expectAccessible(page);
        await screenshot(page, `axe-${mode}-${name}`);
      }
    }
    // The help panel, open, in dark mode too.
    await page.goto('/invitations');
    await page.getByRole('button', { name: 'Info about invitations' }).click();
    await expect(page.getByRole('heading', { name: 'What the statuses mean' })).toBeVisible();
    await expectAccessible(page);
  });

  test('breadcrumbs start at the console on every page, and follow the way down', async ({ page, signIn }) => {
    await signIn('viewer');
    const { accountId, userId, email } = await acmeIds(page);
    await expect.poll(() => trail(page)).toEqual(['Chime Console', 'Accounts']);
    await page.goto(`/accounts/${accountId}/users/${userId}`);
    await expect(page.getByRole('heading', { name: email, level: 1 })).toBeVisible();
    await expect.poll(() => trail(page)).toEqual(['Chime Console', 'Accounts', 'Acme Corp', 'Users', email]);
    await breadcrumbs(page).getByRole('link', { name: 'Users' }).click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}/users$`));
    await expect.poll(() => trail(page)).toEqual(['Chime Console', 'Accounts', 'Acme Corp', 'Users']);
    for (const [path, last] of [
      ['/find-user', 'Find a user'],
      ['/invitations', 'Invitations'],
      ['/jobs', 'Bulk jobs'],
    ] as const) {
      await page.goto(path);
      await expect.poll(() => trail(page)).toEqual(['Chime Console', last]);
    }
    await breadcrumbs(page).getByRole('link', { name: 'Chime Console' }).click();
    await expect(page).toHaveURL(/\/accounts$/);
  });

  test('an empty account says so and offers the way on; a dialog opened from there starts on its first field', async ({ page, signIn }) => {
    await signIn('admin');
    const created = await new AccountsPage(page).createAccountViaApi(uniqueName('Empty'));
    await new AccountPage(page).open(created.id, 'users');
    await expect(page.getByText('This account has no users yet.')).toBeVisible();
    const invite = page.getByRole('button', { name: 'Invite users' }).last();
    await invite.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement) && document.activeElement?.tagName)).toMatch(
      /^(INPUT|TEXTAREA)$/,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(invite).toBeFocused();
  });

  test('Info opens the help panel on the pages whose terms need explaining', async ({ page, signIn }) => {
    await signIn('admin');
    const help = page.getByRole('region', { name: 'Help panel' }).or(page.getByRole('complementary', { name: 'Help panel' }));
    for (const [path, about, heading] of [
      ['/invitations', 'invitations', 'What the statuses mean'],
      ['/jobs', 'bulk jobs', 'Retries'],
      ['/console-users', 'console users and roles', 'Roles'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('button', { name: `Info about ${about}` }).click();
      await expect(help.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      // The reader is taken to the panel.
      await expect(page.getByRole('button', { name: 'Close help panel' })).toBeFocused();
      await screenshot(page, `help-${about.replaceAll(' ', '-')}`);
      await page.getByRole('button', { name: 'Close help panel' }).click();
      await expect(help.getByRole('heading', { name: heading, exact: true })).toBeHidden();
    }
    await expect(help.getByText('Helpdesk')).toHaveCount(0);
    await page.getByRole('button', { name: 'Info about console users and roles' }).click();
    await expect(help).toContainText('reset or reveal PINs');
  });

  test('a dialog opened from an actions menu gives focus back to the menu button', async ({ page, signIn }) => {
    await signIn('admin');
    await page.goto('/console-users');
    const actions = page.getByRole('button', { name: 'Actions for admin' });
    await tabTo(page, actions);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Change role' }).press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== element)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(actions).toBeFocused();
  });

  test('account settings: read as they are, Edit to change them, Save or Cancel', async ({ page, signIn }) => {
    await signIn('admin');
    const created = await new AccountsPage(page).createAccountViaApi(uniqueName('Policies'));
    const account = new AccountPage(page);
    await account.open(created.id, 'settings');
    await expect(account.detail('Dial-out')).toContainText('Off');
    await expect(account.detail('Remote control')).toContainText('On');
    await expect(account.policy('Dial-out')).toHaveCount(0);
    await screenshot(page, 'settings-view');

    const edit = page.getByRole('button', { name: 'Edit' });
    await edit.click();
    await expect(account.policy('Remote control')).toBeFocused();
    await account.policy('Dial-out').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(account.detail('Dial-out')).toContainText('Off');
    await expect(edit).toBeFocused();

    await edit.click();
    await account.policy('Dial-out').click();
    await expect(account.policy('Dial-out')).toBeChecked();
    await screenshot(page, 'settings-edit');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Meeting policies saved for ${created.name}: dial-out on`)).toBeVisible();
    await expect(account.detail('Dial-out')).toContainText('On');
    await expect(edit).toBeFocused();
    await page.reload();
    await expect(account.detail('Dial-out')).toContainText('On');
    await expectAccessible(page);

    await page.getByRole('button', { name: SIGN_INS.admin.username, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await signIn('viewer');
    await account.open(created.id, 'settings');
    await expect(account.detail('Dial-out')).toContainText('On');
    await expect(page.getByRole('button', { name: 'Edit' })).toBeDisabled();
  });

  test('an account that does not exist offers the way back to the accounts, not a Retry', async ({ page, signIn }) => {
    await signIn('helpdesk');
    await page.goto('/accounts/00000000-0000-0000-0000-000000000000');
    await expect(page.getByText('Account 00000000-0000-0000-0000-000000000000 not found')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await screenshot(page, 'unknown-account');
    await page.getByRole('link', { name: 'Back to accounts' }).click();
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(page.getByRole('heading', { name: /^Accounts/, level: 1 })).toBeVisible();
  });

  test('the Activity tab is there only for the roles that can read it', async ({ page, signIn }) => {
    for (const [role, shown] of [
      ['viewer', 0],
      ['helpdesk', 0],
      ['admin', 1],
    ] as const) {
      await signIn(role);
      await page.getByRole('link', { name: 'Acme Corp' }).click();
      const account = new AccountPage(page);
      await expect(account.tab('Settings')).toBeVisible();
      await expect(account.tab('Activity')).toHaveCount(shown);
      await page.getByRole('button', { name: SIGN_INS[role].username, exact: true }).click();
      await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });
});
