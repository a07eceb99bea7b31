import { AuditPage } from '../pages/audit-page.ts';
import { ConsoleUsersPage } from '../pages/console-users-page.ts';
import { SignInPage } from '../pages/sign-in-page.ts';
import { createConsoleUser } from '../support/console-users.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { uniqueName } from '../support/unique.ts';

const CSV_HEADER = 'at,actor,role,action,accountId,accountName,userId,userName,result,errorCode,upstreamRequestId,clientIp,input';

test.describe('the admin pages', () => {
  test('an admin creates a viewer, who is read-only; a forced password sends them to change it', async ({ page, signIn, browser }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    await expect(consoleUsers.heading).toBeVisible();
    const username = uniqueName('e2e-viewer', '-');
    await consoleUsers.create(username, 'first-password-0001', 'Viewer');
    const row = consoleUsers.row(username);
    await expect(row).toContainText('Viewer');
    await expect(row).toContainText('Active');
    await expectAccessible(page);
    await screenshot(page, 'admin-console-users');

    const theirContext = await browser.newContext();
    const theirs = await theirContext.newPage();
    const signInPage = new SignInPage(theirs);
    await signInPage.open();
    await signInPage.signIn(username, 'first-password-0001');
    // The admin chose that password: the person must choose their own first, then starts at Invitations (a viewer).
    await expect(theirs).toHaveURL(/\/change-password$/);
    await expect(theirs.getByText('An admin chose the password you signed in with')).toBeVisible();
    await theirs.getByLabel('Current password').fill('first-password-0001');
    await theirs.getByLabel('New password').fill('their-own-password-0001');
    await theirs.getByRole('button', { name: 'Change password' }).click();
    await expect(theirs.getByRole('heading', { name: /^Invitations/, level: 1 })).toBeVisible();
    await theirs.goto('/accounts');
    await expect(theirs.getByRole('heading', { name: /^Accounts/ })).toBeVisible();
    await expect(theirs.getByRole('button', { name: username, exact: true })).toBeVisible();
    await theirs.getByRole('button', { name: username, exact: true }).click();
    await expect(theirs.getByText('Role: Viewer (read-only)').filter({ visible: true })).toBeVisible();
    await theirs.keyboard.press('Escape');
    await expect(theirs.getByRole('button', { name: 'Create account' })).toBeDisabled();
    await expect(theirs.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await expect(theirs.getByRole('link', { name: 'Console users' })).toHaveCount(0);

    await consoleUsers.forcePassword(username, 'temporary-password-0002');
    await expect(page.getByText(`${username} was signed out and must choose a new password`)).toBeVisible();
    await expect(row).toContainText('Yes, at next sign-in');

    // Their session ended: the next page load sends them to sign-in, and the temporary password to change it.
    await theirs.reload();
    await expect(theirs).toHaveURL(/\/sign-in/);
    await signInPage.signIn(username, 'temporary-password-0002');
    await expect(theirs).toHaveURL(/\/change-password$/);
    await expect(theirs.getByRole('heading', { name: 'Change your password' })).toBeVisible();
    await expect(theirs.getByText('An admin chose the password you signed in with')).toBeVisible();
    await expectAccessible(theirs);
    await screenshot(theirs, 'change-password-forced');
    // Until it is changed, nothing else opens.
    await theirs.goto('/accounts');
    await expect(theirs).toHaveURL(/\/change-password$/);
    await theirs.getByLabel('Current password').fill('temporary-password-0002');
    await theirs.getByLabel('New password').fill('their-own-password-0003');
    await theirs.getByRole('button', { name: 'Change password' }).click();
    await expect(theirs.getByRole('heading', { name: /^Invitations/, level: 1 })).toBeVisible();
    await theirContext.close();
  });

  test('a wrong current password is refused on the change-password form, and the person stays signed in', async ({
    page,
    signIn,
    browser,
  }) => {
    await signIn('admin');
    const username = uniqueName('e2e-changer', '-');
    await createConsoleUser(page, username, 'their-password-0001', 'viewer');

    const theirContext = await browser.newContext();
    const theirs = await theirContext.newPage();
    const signInPage = new SignInPage(theirs);
    await signInPage.open();
    await signInPage.signIn(username, 'their-password-0001');
    await expect(theirs.getByRole('heading', { name: /^Invitations/, level: 1 })).toBeVisible();
    await theirs.getByRole('button', { name: username, exact: true }).click();
    await theirs.getByRole('menuitem', { name: 'Change password' }).click();
    await expect(theirs).toHaveURL(/\/change-password$/);

    await theirs.getByLabel('Current password').fill('not-their-password');
    await theirs.getByLabel('New password').fill('their-new-password-0002');
    await theirs.getByRole('button', { name: 'Change password' }).click();
    await expect(theirs.getByText('This is not your current password: type it again.')).toBeVisible();
    await expect(theirs).toHaveURL(/\/change-password$/);
    await expect(theirs.getByRole('button', { name: username, exact: true })).toBeVisible();
    await expectAccessible(theirs);
    await screenshot(theirs, 'change-password-wrong-current');

    await theirs.getByLabel('Current password').fill('their-password-0001');
    await expect(theirs.getByText('This is not your current password: type it again.')).toHaveCount(0);
    await theirs.getByRole('button', { name: 'Change password' }).click();
    await expect(theirs.getByText('Your password was changed.')).toBeVisible();
    await expect(theirs.getByRole('heading', { name: /^Invitations/, level: 1 })).toBeVisible();
    await theirContext.close();
  });

  test('an admin disables a console user, who can no longer sign in', async ({ page, signIn, browser }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    const username = uniqueName('e2e-disabled', '-');
    await consoleUsers.create(username, 'disabled-password-0001', 'Helpdesk');
    await consoleUsers.setDisabled(username, 'Disable');
    await expect(page.getByText(`${username} is disabled and signed out.`)).toBeVisible();
    await expect(consoleUsers.row(username)).toContainText('Disabled');

    const theirContext = await browser.newContext();
    const theirs = await theirContext.newPage();
    const signInPage = new SignInPage(theirs);
    await signInPage.open();
    await signInPage.signIn(username, 'disabled-password-0001');
    await expect(theirs.getByText(/password|sign-in/i).first()).toBeVisible();
    await expect(theirs).toHaveURL(/\/sign-in/);
    await expect(theirs.getByRole('heading', { name: /^Accounts/ })).toHaveCount(0);
    await theirContext.close();
  });

  test("the console users' sort and filter are in the URL: a deep link restores them, back returns to the default", async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    await expect(consoleUsers.columnHeader('Username')).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await consoleUsers.usernames.allTextContents();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));

    await consoleUsers.sortBy('Created');
    await expect(page).toHaveURL(/[?&]sort=createdAt&order=asc/);
    await consoleUsers.sortBy('Created');
    await expect(page).toHaveURL(/[?&]sort=createdAt&order=desc/);
    await expect(consoleUsers.columnHeader('Created')).toHaveAttribute('aria-sort', 'descending');
    const newestFirst = await consoleUsers.usernames.allTextContents();

    await page.reload();
    await expect(consoleUsers.columnHeader('Created')).toHaveAttribute('aria-sort', 'descending');
    await expect(consoleUsers.usernames).toHaveText(newestFirst);
    await page.goBack();
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(consoleUsers.columnHeader('Username')).toHaveAttribute('aria-sort', 'ascending');

    await consoleUsers.open('?sort=username&order=desc');
    await expect(consoleUsers.columnHeader('Username')).toHaveAttribute('aria-sort', 'descending');
    await expect(consoleUsers.usernames).toHaveText([...ascending].reverse());
    // A sort the table does not have falls back to the default order.
    await consoleUsers.open('?sort=password&order=sideways');
    await expect(consoleUsers.columnHeader('Username')).toHaveAttribute('aria-sort', 'ascending');
    await expect(consoleUsers.usernames).toHaveText(ascending);

    // The filter text is in the URL too: typing puts it there, a pasted link brings it back.
    await consoleUsers.findInput.fill('help');
    await expect(page).toHaveURL(/[?&]find=help/);
    await expect(consoleUsers.usernames).toHaveText(['helpdesk']);
    await consoleUsers.open('?find=manag&sort=username&order=desc');
    await expect(consoleUsers.findInput).toHaveValue('manag');
    await expect(consoleUsers.usernames).toHaveText(['manager']);
  });

  test('an admin cannot demote themselves, and the dialog says why', async ({ page, signIn }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    const dialog = await consoleUsers.changeRole('admin', 'Viewer');
    await expect(dialog.getByText('You cannot disable yourself or change your own role; ask another admin.')).toBeVisible();
    await screenshot(page, 'admin-console-users-own-role');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(consoleUsers.row('admin')).toContainText('Admin');
  });

  test('an admin filters the audit log by actor and action, pages through it and exports it', async ({ page, signIn }) => {
    await signIn('admin');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    const username = uniqueName('e2e-audited', '-');
    await consoleUsers.create(username, 'audited-password-0001', 'Helpdesk');
    await expect(consoleUsers.row(username)).toBeVisible();
    await consoleUsers.changeRole(username, 'Viewer');
    await expect(consoleUsers.row(username)).toContainText('Viewer');

    const audit = new AuditPage(page);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(audit.heading).toBeVisible();
    await audit.filterByActor('admin');
    await expect(page).toHaveURL(/actor=admin/);
    await audit.filterByAction('Create console user');
    await expect(page).toHaveURL(/action=createConsoleUser/);
    await expect(audit.rows.first()).toBeVisible();
    // The previous filter's rows stay on screen while the new page loads: check the rows as a whole, retried until they settle.
    await expect(async () => {
      for (const row of await audit.rows.all()) {
        await expect(audit.cell(row, 'Actor')).toHaveText('admin', { timeout: 1000 });
        await expect(audit.cell(row, 'Action')).toHaveText('Create console user', { timeout: 1000 });
      }
    }).toPass();
    // Newest first: the entry this test produced.
    const newest = audit.rows.first();
    await expect(audit.cell(newest, 'Result')).toContainText('OK');
    await expectAccessible(page);
    await screenshot(page, 'admin-audit-log');
    // Input is a technical column, hidden until added through Preferences.
    await audit.showColumns('Input');
    expect(await audit.inputOf(newest)).toContain(username);

    // The filters live in the URL: a reload keeps them.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Actor' })).toHaveValue('admin');
    await expect(audit.rows.first()).toBeVisible();

    const csv = await audit.exportCsv();
    expect(csv.name).toBe('audit-log.csv');
    const [header, ...lines] = csv.text.trim().split(/\r?\n/);
    expect(header).toBe(CSV_HEADER);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^[^,]+,admin,admin,createConsoleUser,/);
    expect(lines.some((line) => line.includes(username))).toBe(true);

    // Time: a relative range becomes a start time in the URL; a window in the future holds nothing.
    await audit.filterByLast('Last 1 hour');
    await expect(page).toHaveURL(/from=.*last=1h|last=1h.*from=/);
    await expect(audit.rows.first()).toBeVisible();
    const hourAhead = new Date(Date.now() + 3_600_000).toISOString();
    const twoHoursAhead = new Date(Date.now() + 7_200_000).toISOString();
    await audit.open(`?from=${hourAhead}&to=${twoHoursAhead}`);
    await expect(page.getByText('Nothing matches these filters.')).toBeVisible();

    // Open-ended pages: one entry a page, the next page through its cursor, and back.
    await audit.open('?actor=admin&pageSize=1');
    await expect(audit.rows).toHaveCount(1);
    // The exact time (the cell also says how long ago, which moves on).
    const first = (await audit.cell(audit.rows.first(), 'Time').locator('time').getAttribute('datetime')) ?? '';
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(audit.rows).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page).not.toHaveURL(/cursor=/);
    await expect(audit.cell(audit.rows.first(), 'Time').locator('time')).toHaveAttribute('datetime', first);
  });

  test("an admin reads an account's activity on its tab", async ({ page, signIn }) => {
    await signIn('admin');
    // An account of the test's own, renamed through the BFF: an entry that names the account.
    const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const name = uniqueName('e2e-activity', '-');
    const created = await page.request.post('/api/accounts', { headers, data: { name } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await page.request.patch(`/api/accounts/${id}`, { headers, data: { name: `${name}-renamed` } })).status()).toBe(200);

    const audit = new AuditPage(page, { accountColumn: false });
    await page.goto(`/accounts/${id}/activity`);
    // Counted once loaded: "Activity (2)".
    await expect(page.getByRole('heading', { name: /^Activity( \(\d+\+?\))?$/ })).toBeVisible();
    // Creations name their target, so the account's activity begins with its creation; newest first.
    await expect(audit.rows).toHaveCount(2);
    await expect(audit.cell(audit.rows.nth(1), 'Action')).toHaveText('Create account');
    await expect(audit.cell(audit.rows.first(), 'Action')).toHaveText('Update account');
    await expect(audit.cell(audit.rows.first(), 'Actor')).toHaveText('admin');
    await audit.showColumns('Input');
    expect(await audit.inputOf(audit.rows.first())).toContain(`${name}-renamed`);
    await expectAccessible(page);
    await screenshot(page, 'admin-account-activity');
  });

  test('a viewer sees that the audit log and console users are for admins only', async ({ page, signIn }) => {
    await signIn('viewer');
    const audit = new AuditPage(page);
    await audit.open();
    await expect(audit.adminsOnly).toBeVisible();
    await expect(audit.rows).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'viewer-audit-admins-only');
    const consoleUsers = new ConsoleUsersPage(page);
    await consoleUsers.open();
    await expect(consoleUsers.adminsOnly).toBeVisible();
  });

  test('an unknown address shows a friendly page with the way back to Accounts', async ({ page, signIn }) => {
    await signIn('helpdesk');
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'not-found');
    await page.getByRole('link', { name: 'Go to Accounts' }).click();
    await expect(page).toHaveURL(/\/accounts$/);
  });
});
