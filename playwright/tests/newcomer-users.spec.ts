import selectors from '@cloudscape-design/components/test-utils/selectors';
import type { Page } from '@playwright/test';
import { AccountPage } from '../pages/account-page.ts';
import { JobPage } from '../pages/job-page.ts';
import { JobsApi } from '../pages/jobs-page.ts';
import { UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { waitForFirstSweep } from '../support/directory.ts';
import { emulator } from '../support/emulator.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { uniqueSuffix } from '../support/unique.ts';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const pagination = selectors.default().findTable().findPagination();
const headerActions = selectors.default().findContentLayout().findHeader().findHeader().findActions();

const ACME = { name: 'Acme Corp', users: 140 };
// A registered demo user of the EnterpriseLWA account; reading their PIN changes nothing.
const CHLOE = 'chloe.abbott@globex.example';

/** A Team account of its own with `count` users, for a test that changes them. */
async function accountWithUsers(page: Page, prefix: string, count: number) {
  const api = new BffApi(page);
  const run = uniqueSuffix();
  const account = await api.createAccount(`E2E ${prefix} ${run}`);
  const users = [];
  for (let index = 0; index < count; index++) users.push(await api.createUser(account.id, `m${index}.${run}@${prefix}.example`));
  return { account, users };
}

test.describe('the users table and the user page, for a newcomer', () => {
  test.afterEach(async () => {
    await emulator.throttle({});
  });

  test('when an admin suspends three users, the selection is gone with them, Actions is off again, and Delete waits for the last active user', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const { account, users: created } = await accountWithUsers(page, 'stale', 4);
    const emails = created.map((user) => user.email);
    const users = new UsersTab(page);
    await users.open(account.id);
    await expect(users.rows).toHaveCount(4);
    await expect(users.actionsButton).toBeDisabled();

    for (const email of emails.slice(0, 3)) await users.select(email);
    await expect(users.counter).toHaveText('(3/4)');
    await users.bulk('Suspend');
    await expect(users.dialog.getByRole('heading', { name: 'Suspend 3 users' })).toBeVisible();
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Suspend 3 users: results' })).toBeVisible();
    await expect(page.getByText('Suspend 3 users: done')).toBeVisible();
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // Chime removed them from the Team account: one row is left, nothing is selected, and Actions waits for a choice.
    await expect(users.rows).toHaveCount(1);
    await expect(users.counter).toHaveText('(1)');
    await expect(page.getByRole('checkbox', { name: `Select ${emails[3] ?? ''}` })).not.toBeChecked();
    await expect(users.actionsButton).toBeDisabled();
    await screenshot(page, 'newcomer-users-after-bulk');

    // One user is still active: Chime would refuse to delete the account, and the button says so before anyone tries.
    const accountPage = new AccountPage(page);
    await accountPage.tab('Overview').click();
    await expect(accountPage.action('Delete')).toBeDisabled();
    await accountPage.action('Delete').hover();
    await expect(page.getByRole('tooltip')).toContainText('still active');

    await accountPage.tab('Users').click();
    await users.loaded();
    await users.select(emails[3] ?? '');
    await users.bulk('Suspend');
    await expect(users.dialog.getByRole('heading', { name: 'Suspend 1 user' })).toBeVisible();
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await users.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await accountPage.tab('Overview').click();
    await expect(accountPage.action('Delete')).toBeEnabled();
  });

  test('when an account has no users yet, the empty table offers the admin Invite users', async ({ page, signIn }) => {
    await signIn('admin');
    const account = await new BffApi(page).createAccount(`E2E empty ${uniqueSuffix()}`);
    const users = new UsersTab(page);
    await users.open(account.id);
    await expect(users.emptyState).toContainText('No users');
    await users.emptyState.getByRole('button', { name: 'Invite users' }).click();
    await expect(page).toHaveURL(/invite=open/);
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('when helpdesk opens a user, Reset PIN is the one primary action, the rest are in Actions, and the PIN reads in groups', async ({
    page,
    signIn,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn('helpdesk');
    const globex = await new BffApi(page).findAccount('Globex');
    const [chloe] = await new BffApi(page).users(globex.id, `&email=${encodeURIComponent(CHLOE)}`);
    const userPage = new UserPage(page);
    await userPage.open(globex.id, chloe?.id ?? '');

    await expect(page.locator(headerActions.toSelector()).getByRole('button')).toHaveText(['Actions', 'Reset PIN']);
    await userPage.actionsMenu.click();
    // Helpdesk may read a PIN and sign people out; licenses and suspensions are the admins'.
    await expect(page.getByRole('menuitem')).toHaveText(['Reveal PIN', 'Sign out everywhere']);
    await screenshot(page, 'newcomer-user-page-helpdesk');
    await page.getByRole('menuitem', { name: 'Reveal PIN' }).click();

    // The wording matches what the buttons allow: a PIN can be revealed again, and each reveal is audited.
    await expect(userPage.dialog).toContainText('Each reveal is recorded in the audit log');
    await userPage.dialog.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(userPage.pinText).toHaveText(/^\d{3} \d{3} \d+$/);
    await expect(userPage.dialog).toContainText('To see it again after closing this, use Reveal PIN');
    const digits = await userPage.shownPin();
    await userPage.dialog.getByRole('button', { name: 'Copy PIN' }).click();
    await expect(userPage.dialog.getByText('PIN copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(digits);
    await expectAccessible(page);
    await screenshot(page, 'newcomer-pin-grouped');
  });

  test('when an admin opens a user, the same primary action leads, with the admin changes in Actions; a manager sees no action at all', async ({
    page,
    signIn,
    browser,
  }) => {
    await signIn('admin');
    const { account, users: created } = await accountWithUsers(page, 'userpage', 1);
    const userPage = new UserPage(page);
    await userPage.open(account.id, created[0]?.id ?? '');
    await expect(userPage.primaryAction).toBeVisible();
    await userPage.actionsMenu.click();
    await expect(page.getByRole('menuitem')).toHaveText(['Reveal PIN', 'Sign out everywhere', 'Change license', 'Suspend']);
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await screenshot(page, 'newcomer-user-page-admin');

    const managerPage = await (await browser.newContext()).newPage();
    await signIn('viewer', managerPage);
    const managerView = new UserPage(managerPage);
    await managerView.open(account.id, created[0]?.id ?? '');
    await expect(managerView.primaryAction).toHaveCount(0);
    await expect(managerView.actionsMenu).toHaveCount(0);
    await managerPage.context().close();
  });

  test('when a person types in the one filter, the users narrow as they type, tokens go in the URL, and a pasted link reopens them', async ({
    page,
    signIn,
  }) => {
    await signIn('helpdesk');
    await waitForFirstSweep(page.request);
    const acme = await new BffApi(page).findAccount(ACME.name);
    const users = new UsersTab(page);
    await users.open(acme.id, '?pageSize=25');
    await expect(users.counter).toHaveText(`(${ACME.users})`);
    await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);

    // Typing alone filters: no button, no Enter.
    await users.filterInput.pressSequentially('quinn');
    await expect(page).toHaveURL(/[?&]nameContains=quinn/);
    await users.loaded();
    await expect(users.emails.first()).toContainText('quinn');
    for (const email of await users.emails.allTextContents()) expect(email).toContain('quinn');
    await users.filterInput.press('Enter');
    await expect(users.token('Name or email')).toContainText('quinn');

    await users.chooseFilter('Registration status', 'Registered');
    await expect(page).toHaveURL(/[?&]registrationStatus=Registered/);
    const shown = await users.emails.allTextContents();
    await expect(users.counter).toHaveText(`(${shown.length})`);
    await expectAccessible(page);
    await screenshot(page, 'newcomer-users-filter');

    const pasted = await page.context().newPage();
    await pasted.goto(page.url());
    const reopened = new UsersTab(pasted);
    await reopened.loaded();
    await expect(reopened.tokens).toHaveCount(2);
    await expect(reopened.token('Registration status')).toContainText('Registered');
    await expect(reopened.token('Name or email')).toContainText('quinn');
    await expect(reopened.emails).toHaveText(shown);
    await pasted.close();

    // The exact email is still Chime's own filter.
    await users.open(acme.id, '?pageSize=25');
    await users.searchEmail('quinn.abbott@acme.example');
    await expect(page).toHaveURL(/[?&]email=quinn\.abbott%40acme\.example/);
    await expect(users.emails).toHaveText(['quinn.abbott@acme.example']);
  });

  test('when the index knows the total, the pagination shows every page and the last one opens', async ({ page, signIn }) => {
    await signIn('viewer');
    await waitForFirstSweep(page.request);
    const acme = await new BffApi(page).findAccount(ACME.name);
    const users = new UsersTab(page);
    await users.open(acme.id, '?pageSize=25');
    const pages = Math.ceil(ACME.users / 25);
    const lastPage = page.locator(pagination.toSelector()).getByRole('button', { name: `Page ${pages}`, exact: true });
    await expect(lastPage).toBeVisible();
    await expect(page.locator(pagination.findPageNumbers().toSelector())).toHaveCount(pages);
    await lastPage.click();
    await expect(users.currentPage).toHaveText(String(pages));
    await users.loaded();
    await expect(users.rows).toHaveCount(ACME.users - (pages - 1) * 25);
    await expect(users.nextPageButton).toBeDisabled();
  });

  test('when an admin suspends sixty users as a job, its progress passes through queued and in progress to done', async ({
    page,
    signIn,
  }) => {
    test.slow();
    await signIn('admin');
    const { account } = await accountWithUsers(page, 'progress', 60);
    const users = new UsersTab(page);
    await users.open(account.id, '?pageSize=100');
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
    await users.bulk('Suspend');
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();

    const modal = page.getByRole('dialog', { name: 'Suspend 60 users: job' });
    await expect(modal.getByText(/^In progress: \d+ of 60 done/)).toBeVisible();
    await expect(modal.getByRole('progressbar')).toBeVisible();
    await expect(modal.getByText('Done: every item succeeded')).toBeVisible({ timeout: 30_000 });
    await expect(modal).toContainText('Suspend 60 users: 60 of 60 done');
  });

  test('when an admin asks to cancel a running job, the way out reads Keep running and the job goes on', async ({ page, signIn }) => {
    test.slow();
    await signIn('admin');
    const run = uniqueSuffix();
    const account = await new BffApi(page).createAccount(`E2E keep ${run}`);
    // One invite call goes through, the next waits for Chime's rate limit: the job is still running.
    await emulator.throttle({ InviteUsers: { rate: 0.001, burst: 1 } });
    const emails = Array.from({ length: 60 }, (_, index) => `k${index}.${run}@keep.example`);
    const started = await new JobsApi(page).createInviteJob(account.id, emails);

    const job = new JobPage(page);
    await job.open(started.id);
    await expect(job.heading('Invite 60 users')).toBeVisible();
    await job.cancelButton.click();
    await expect(job.dialog.getByRole('button')).toContainText(['Keep running', 'Cancel job']);
    await screenshot(page, 'newcomer-cancel-job');
    await job.dialog.getByRole('button', { name: 'Keep running' }).click();
    await expect(job.dialog).toBeHidden();
    await expect(job.detail('Status')).toHaveText('Running');
    await job.cancelButton.click();
    await job.dialog.getByRole('button', { name: 'Cancel job' }).click();
    await expect(job.detail('Status')).toHaveText('Cancelled');
  });
});
