import selectors from '@cloudscape-design/components/test-utils/selectors';
import type { Page } from '@playwright/test';
import { AuditPage } from '../pages/audit-page.ts';
import { csrfHeader } from '../pages/accounts-page.ts';
import { UserPage } from '../pages/user-page.ts';
import { expect, screenshot, test } from '../support/fixtures.ts';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const WIDTH = 1440;

interface Named {
  id: string;
  name: string;
}

/** An account of the demo, by its name, with one of its users that has an email. */
async function demoUser(page: Page, accountName: string, skip = 0): Promise<{ account: Named; userId: string; email: string }> {
  const accounts = (await (await page.request.get(`/api/accounts?namePrefix=${encodeURIComponent(accountName)}`)).json()) as {
    items: Named[];
  };
  const account = accounts.items[0];
  if (!account) throw new Error(`no demo account ${accountName}`);
  const users = (await (await page.request.get(`/api/accounts/${account.id}/users?pageSize=20`)).json()) as {
    items: { id: string; email?: string; registrationStatus?: string }[];
  };
  const user = users.items.filter((u) => u.email !== undefined && u.registrationStatus === 'Registered')[skip];
  if (!user?.email) throw new Error(`no registered user in ${accountName}`);
  return { account, userId: user.id, email: user.email };
}

/** Every table on the page has loaded, and its last column ends inside the window: no sideways scrolling. */
async function expectTablesFit(page: Page, what: string): Promise<void> {
  await expect(page.locator(table.findLoadingText().toSelector())).toHaveCount(0);
  const headers = page.locator(table.findColumnHeaders().toSelector());
  await expect(headers.first()).toBeVisible();
  for (const header of await headers.all()) {
    const box = await header.boundingBox();
    if (box) expect.soft(box.x + box.width, `${what}: "${await header.innerText()}" ends at`).toBeLessThanOrEqual(WIDTH);
  }
  // Any part of a table that scrolls sideways (Cloudscape's wrapper does, once the columns outgrow it).
  const overflow = await page.locator(table.toSelector()).evaluateAll((tables) =>
    Math.max(
      0,
      ...tables.flatMap((root) =>
        Array.from(root.querySelectorAll('*'))
          .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
          .map((element) => element.scrollWidth - element.clientWidth),
      ),
    ),
  );
  expect.soft(overflow, `${what}: the table scrolls sideways by`).toBeLessThanOrEqual(1);
}

test.describe('a console a newcomer finds effortless', () => {
  test.use({ viewport: { width: WIDTH, height: 900 }, timezoneId: 'Europe/Berlin' });

  test('every table fits at 1440 px, with names where it showed IDs', async ({ page, signIn }) => {
    await signIn('admin');
    const { account, userId } = await demoUser(page, 'Acme Corp');
    // A job, so the jobs table has a row naming its account.
    const job = await page.request.post(`/api/accounts/${account.id}/jobs`, {
      headers: await csrfHeader(page),
      data: { kind: 'logout', userIds: [userId] },
    });
    expect(job.status()).toBe(201);

    await page.goto('/accounts');
    await expect(page.getByRole('heading', { name: /^Accounts \(\d+\+?\)$/, level: 1 })).toBeVisible();
    await expectTablesFit(page, 'accounts');
    const accountsTable = page.locator(table.toSelector());
    await expect(accountsTable.getByRole('link', { name: 'Acme Corp' })).toBeVisible();
    await expect(accountsTable.getByRole('button', { name: 'Copy account ID of Acme Corp' })).toBeVisible();
    expect(await page.locator(table.findRows().toSelector()).first().innerText()).not.toMatch(UUID);
    await screenshot(page, 'newcomer-accounts');

    await page.goto('/jobs');
    await expectTablesFit(page, 'jobs');
    const jobRow = page.locator(table.findRows().toSelector()).first();
    await expect(jobRow.getByRole('link', { name: 'Acme Corp' })).toBeVisible();
    expect(await jobRow.innerText()).not.toMatch(UUID);

    await page.goto('/audit');
    const audit = new AuditPage(page);
    await expect(page.getByRole('heading', { name: /^Audit log \(\d+\+?\)$/, level: 1 })).toBeVisible();
    await screenshot(page, 'newcomer-audit');
    await expectTablesFit(page, 'audit log');
    await expect(audit.cell(audit.rows.first(), 'Account')).toHaveText('Acme Corp');
    await expect(audit.cell(audit.rows.first(), 'Action')).toHaveText('Run job chunk');
    for (const hidden of ['Client IP', 'Input', 'Upstream request ID']) {
      await expect(page.getByRole('columnheader', { name: hidden })).toHaveCount(0);
    }

    for (const [path, what] of [
      [`/accounts/${account.id}/invitations`, 'invitations'],
      ['/invitations', 'invitations overview'],
      [`/accounts/${account.id}/activity`, 'account activity'],
      ['/console-users', 'console users'],
      ['/find-user?q=abbott', 'directory results'],
      [`/jobs/${((await job.json()) as { id: string }).id}`, 'job items'],
    ] as const) {
      await page.goto(path);
      await expectTablesFit(page, what);
      await screenshot(page, `newcomer-table-${what.replaceAll(' ', '-')}`);
    }
  });

  // Its invitation dates are hidden by default: the invitation status says how long it has been pending.
  test("an account's users table fits at 1440 px", async ({ page, signIn }) => {
    await signIn('admin');
    const { account } = await demoUser(page, 'Acme Corp');
    await page.goto(`/accounts/${account.id}/users`);
    await expectTablesFit(page, 'users');
  });

  test('the audit log names its time zone, and a switch to UTC is remembered', async ({ page, signIn }) => {
    await signIn('admin');
    const audit = new AuditPage(page);
    await audit.open();
    await expect(audit.rows.first()).toBeVisible();
    // Berlin in December is an hour ahead of UTC.
    await expect(page.getByRole('columnheader', { name: 'Time (GMT+1)' })).toBeVisible();
    const time = audit.cell(audit.rows.first(), 'Time').locator('time');
    const at = new Date((await time.getAttribute('datetime')) ?? '');
    const hour = (date: Date, zone: string) =>
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: zone }).format(date);
    await expect(time).toContainText(hour(at, 'Europe/Berlin'));
    await expect(time).toContainText(/ago|now/);

    await page
      .getByRole('radio', { name: 'UTC' })
      .or(page.getByRole('button', { name: 'UTC', exact: true }))
      .click();
    await expect(page.getByRole('columnheader', { name: 'Time (UTC)' })).toBeVisible();
    await expect(time).toContainText(hour(at, 'UTC'));
    await screenshot(page, 'newcomer-audit-utc');

    await page.reload();
    await expect(page.getByRole('columnheader', { name: 'Time (UTC)' })).toBeVisible();
  });

  test("helpdesk resets a PIN and reads who did it in the user's history; an admin opens the log filtered to that user", async ({
    page,
    signIn,
    browser,
  }) => {
    await signIn('helpdesk');
    const { account, userId, email } = await demoUser(page, 'Globex Enterprise', 1);
    const userPage = new UserPage(page);
    await userPage.open(account.id, userId);
    const history = page.getByRole('table', { name: 'Recent history' });
    await expect(history).toBeVisible();

    const pin = await userPage.resetPin();
    await userPage.dialog.getByRole('button', { name: 'Done' }).click();

    const newest = history.locator('tbody tr').first();
    await expect(newest).toContainText('PIN reset by helpdesk');
    await expect(newest).toContainText('OK');
    await expect(newest).toContainText(/seconds? ago|now/);
    await expect(history).not.toContainText(pin);
    // The full log is for admins: helpdesk gets no link to it.
    await expect(page.getByRole('link', { name: 'View in audit log' })).toHaveCount(0);
    await screenshot(page, 'newcomer-user-history');

    const adminContext = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
    const adminPage = await signIn('admin', await adminContext.newPage());
    await new UserPage(adminPage).open(account.id, userId);
    await expect(adminPage.getByRole('table', { name: 'Recent history' }).locator('tbody tr').first()).toContainText(
      'PIN reset by helpdesk',
    );
    await adminPage.getByRole('link', { name: 'View in audit log' }).click();
    await expect(adminPage).toHaveURL(new RegExp(`/audit\\?.*userId=${userId}`));
    await expect(adminPage.getByRole('searchbox', { name: 'User ID' })).toHaveValue(userId);
    const audit = new AuditPage(adminPage);
    await expect(audit.cell(audit.rows.first(), 'Action')).toHaveText('Reset PIN');
    await expect(audit.cell(audit.rows.first(), 'Actor')).toHaveText('helpdesk');
    await expect(audit.cell(audit.rows.first(), 'User')).toHaveText(email);
    await expect(audit.cell(audit.rows.first(), 'Account')).toHaveText(account.name);
    await expect(async () => {
      for (const row of await audit.rows.all()) await expect(audit.cell(row, 'User')).toHaveText(email, { timeout: 1000 });
    }).toPass();
    await screenshot(adminPage, 'newcomer-audit-filtered-by-user');
    await adminContext.close();
  });

  test('a manager sees no history on a user page', async ({ page, signIn }) => {
    await signIn('viewer');
    const { account, userId } = await demoUser(page, 'Globex Enterprise', 1);
    await new UserPage(page).open(account.id, userId);
    await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Recent history' })).toHaveCount(0);
    await expect(page.getByText('Recent history')).toHaveCount(0);
  });
});
