import selectors from '@cloudscape-design/components/test-utils/selectors';
import { InviteUsersDialog } from '../pages/invite-users-dialog.ts';
import { JobPage } from '../pages/job-page.ts';
import { JobsApi, JobsPage } from '../pages/jobs-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { emulator } from '../support/emulator.ts';
import { EMULATOR_URL } from '../support/ports.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { uniqueSuffix } from '../support/unique.ts';

/** 120 lines: 115 distinct addresses, 3 malformed (lines 10, 50, 90), 2 repeats in other letter cases (lines 30, 70). */
function pastedList(run: string): { text: string; valid: string[] } {
  const valid = Array.from({ length: 115 }, (_, index) => `person${index}.${run}@bulk.example`);
  const lines = [...valid];
  lines.splice(9, 0, 'not-an-email');
  lines.splice(29, 0, (valid[3] as string).toUpperCase());
  lines.splice(49, 0, `missing-dot.${run}@example`);
  lines.splice(69, 0, `Person7.${run}@Bulk.Example`);
  lines.splice(89, 0, `@${run}.example`);
  return { text: lines.join('\n'), valid };
}

/** The emulator's rate limit on InviteUsers (its control API; support/emulator.ts has no helper for it), or none. */
async function throttleInvites(limit: { rate: number; burst: number } | null): Promise<void> {
  const response = await fetch(`${EMULATOR_URL}/_emulator/throttle`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operations: limit === null ? {} : { InviteUsers: limit } }),
  });
  expect(response.ok, await response.text()).toBe(true);
}

test.describe('bulk jobs', () => {
  test.afterEach(async () => {
    await emulator.clearFaults();
    await throttleInvites(null);
  });

  test('when an admin invites 115 addresses and Chime fails a chunk, the job shows it, and retrying sends them all', async ({
    page,
    signIn,
  }) => {
    test.slow();
    await signIn('admin');
    const run = uniqueSuffix();
    const account = await new BffApi(page).createAccount(`E2E jobs ${run}`);
    const users = new UsersTab(page);
    await users.open(account.id);
    await users.inviteButton.click();

    const invite = new InviteUsersDialog(page);
    const { text, valid } = pastedList(run);
    await invite.paste(text);
    await expect(invite.dialog).toContainText('120 addresses: 115 valid, 3 malformed, 2 duplicates. 115 to send.');
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('line 10');
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('Malformed');
    await expect(invite.flagged.getByRole('row').filter({ hasText: `Person7.${run}` })).toContainText('Duplicate of line 8');
    await expect(invite.checkButton).toHaveText('Check 115 addresses');
    await expectAccessible(page);
    await screenshot(page, 'bulk-invite-compose');

    await invite.checkButton.click();
    await expect(invite.dialog).toContainText('115 invitations will be sent');

    // Chime answers 503 to four InviteUsers calls: with two attempts per chunk, at least one chunk
    // (of 50, or the last 15) fails for good, and at least one gets through.
    await emulator.injectFaults({ errorRate: 1, statuses: [503], operations: ['InviteUsers'], times: 4 });
    await invite.sendButton(115).click();
    await expect(invite.progress).toBeVisible();
    await expect(invite.results).toBeVisible();
    await screenshot(page, 'bulk-invite-progress');

    const first = await invite.finished();
    expect(first.failed).toBeGreaterThan(0);
    expect(first.ok + first.failed).toBe(115);
    // The notifications follow the job too, on whatever page the admin goes to: one message, in progress, then its end.
    const notification = page.locator(selectors.default().findFlashbar().findItems().toSelector()).filter({ hasText: 'Invite 115 users:' });
    await expect(notification).toHaveCount(1);
    await expect(notification).toContainText(`Invite 115 users: ${first.failed} failed`);
    await expect(notification.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(invite.retryButton).toHaveText(`Retry ${first.failed} failed`);
    await expectAccessible(page);
    await screenshot(page, 'bulk-invite-failed');

    await emulator.clearFaults();
    await invite.retryButton.click();
    await expect(invite.count('ok')).toHaveText('115 ok', { timeout: 30_000 });
    await expect(invite.count('failed')).toHaveText('0 failed');
    await expect(invite.retryButton).toBeHidden();
    const row = invite.resultRow(valid[0] as string);
    await expect(row).toContainText('Invited');
    await expect(row).toContainText('Pending');
    await expect(row).toContainText('Sent');
    await expectAccessible(page);
    await screenshot(page, 'bulk-invite-results');

    await invite.jobLink.click();
    const job = new JobPage(page);
    await expect(job.heading('Invite 115 users')).toBeVisible();
    await expect(job.detail('Status')).toHaveText('Done');
    await expect(job.detail('Account')).toHaveText(account.name);
    await expect(notification).toContainText(`Invite 115 users: done`);
    await expect(notification).toContainText(account.name);
    await expect(job.count('ok')).toHaveText('115 ok');
    await job.filterResult('Succeeded');
    await expect(page).toHaveURL(/status=ok/);
    await expect(job.itemRows.first()).toContainText('Invited');
    await expectAccessible(page);
    await screenshot(page, 'job-page');

    const jobs = new JobsPage(page);
    await jobs.open();
    await jobs.filterByAccount(account.id);
    await expect(page).toHaveURL(new RegExp(`accountId=${account.id}`));
    await expect(jobs.rows).toHaveCount(1);
    await expect(jobs.row('Invite 115 users')).toContainText('Done');
    await expect(jobs.row('Invite 115 users')).toContainText(account.name);
    await expectAccessible(page);
    await screenshot(page, 'jobs-page');
    await jobs.row('Invite 115 users').getByRole('link', { name: 'Invite 115 users' }).click();
    await expect(job.heading('Invite 115 users')).toBeVisible();
  });

  test('when an admin uploads a CSV with a header row, its email column is read and rows without one are flagged by line', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    const run = uniqueSuffix();
    const account = await new BffApi(page).createAccount(`E2E csv ${run}`);
    const users = new UsersTab(page);
    await users.open(account.id);
    await users.inviteButton.click();

    const invite = new InviteUsersDialog(page);
    const people = Array.from({ length: 30 }, (_, index) => `"Person ${index}, Jr.",csv${index}.${run}@csv.example,Sales`);
    people.splice(4, 0, 'Nobody,,Sales');
    await invite.upload('people.csv', ['Name,Email address,Team', ...people].join('\r\n'));
    await expect(invite.dialog).toContainText('31 addresses: 30 valid, 1 malformed. 30 to send.');
    await expect(invite.flagged.getByRole('row').filter({ hasText: 'Nobody' })).toContainText('people.csv, line 6');
    await screenshot(page, 'bulk-invite-csv');

    await invite.checkButton.click();
    await invite.sendButton(30).click();
    await expect(invite.count('ok')).toHaveText('30 ok', { timeout: 30_000 });
    await expect(invite.resultRow(`csv0.${run}@csv.example`)).toContainText('Invited');
    await invite.close();
    await users.loaded();
    await expect(users.rows).toHaveCount(30);
  });

  test('when an admin suspends more than 50 users, it runs as a job with a result per user', async ({ page, signIn }) => {
    test.slow();
    await signIn('admin');
    const api = new BffApi(page);
    const run = uniqueSuffix();
    const account = await api.createAccount(`E2E suspend ${run}`);
    for (let index = 0; index < 60; index++) await api.createUser(account.id, `member${index}.${run}@suspend.example`);

    const users = new UsersTab(page);
    await users.open(account.id, '?pageSize=100');
    await expect(users.rows).toHaveCount(60);
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
    await users.bulk('Suspend');
    await expect(users.dialog).toContainText('this runs on the server as a job');
    await users.dialog.getByRole('button', { name: 'Suspend', exact: true }).click();

    const modal = page.getByRole('dialog', { name: 'Suspend 60 users: job' });
    await expect(modal.getByRole('progressbar')).toBeVisible();
    await expect(modal.getByText(/^\d+ ok$/)).toHaveText('60 ok', { timeout: 30_000 });
    await expect(users.results.getByRole('row').nth(1)).toContainText('@suspend.example');
    await expect(users.results.getByRole('row').nth(1)).toContainText('Done');
    await expectAccessible(page);
    await screenshot(page, 'bulk-suspend-job');
    await modal.getByRole('button', { name: 'Close', exact: true }).click();

    // Chime removes suspended users from a Team account.
    await users.loaded();
    await expect(users.rows).toHaveCount(0);
  });

  test('when an admin cancels a running job, its unsent items end cancelled and can be sent again', async ({ page, signIn }) => {
    test.slow();
    await signIn('admin');
    const run = uniqueSuffix();
    const account = await new BffApi(page).createAccount(`E2E cancel ${run}`);
    // Chime allows one invite call and throttles the next ones: the first chunk of 50 goes, the
    // last 10 wait (the job retries after each 429), so the job is still running when cancelled.
    await throttleInvites({ rate: 0.001, burst: 1 });
    const emails = Array.from({ length: 60 }, (_, index) => `c${index}.${run}@cancel.example`);
    const started = await new JobsApi(page).createInviteJob(account.id, emails);

    const job = new JobPage(page);
    await job.open(started.id);
    await expect(job.count('ok')).toHaveText('50 ok', { timeout: 30_000 });
    await expect(job.detail('Status')).toHaveText('Running');
    await expect(job.count('pending')).toHaveText('10 pending');
    await expectAccessible(page);
    await screenshot(page, 'job-page-running');

    await job.cancelButton.click();
    await expect(job.dialog).toContainText(`Invite 60 users in ${account.name}`);
    await screenshot(page, 'job-cancel-confirm');
    await job.dialog.getByRole('button', { name: 'Cancel job' }).click();
    await expect(job.detail('Status')).toHaveText('Cancelled');
    await expect(job.count('cancelled')).toHaveText('10 cancelled');
    await job.filterResult('Cancelled');
    await expect(job.itemRows).toHaveCount(10);
    await expect(job.itemRow(`c59.${run}@cancel.example`)).toContainText('Cancelled');

    await throttleInvites(null);
    await expect(job.retryButton).toHaveText('Retry 10 cancelled');
    await job.retryButton.click();
    await expect(job.count('ok')).toHaveText('60 ok', { timeout: 30_000 });
    await expect(job.detail('Status')).toHaveText('Done');
  });

  test('a viewer follows a job but cannot cancel or retry it', async ({ page, signIn }) => {
    // An admin starts a job whose items all fail (Chime answers 503 to every invite)…
    await signIn('admin');
    const run = uniqueSuffix();
    const account = await new BffApi(page).createAccount(`E2E viewer ${run}`);
    await emulator.injectFaults({ errorRate: 1, statuses: [503], operations: ['InviteUsers'] });
    const api = new JobsApi(page);
    const started = await api.createInviteJob(account.id, [`a.${run}@viewer.example`, `b.${run}@viewer.example`]);
    const ended = await api.finished(started.id);
    expect(ended.counts.failed).toBe(2);
    await emulator.clearFaults();
    await page.context().clearCookies();

    // …which a viewer reads, with the actions disabled and the reason given.
    await signIn('viewer');
    const job = new JobPage(page);
    await job.open(started.id);
    await expect(job.heading('Invite 2 users')).toBeVisible();
    await expect(job.itemRow(`a.${run}@viewer.example`)).toContainText('Failed');
    await expect(job.itemRow(`a.${run}@viewer.example`)).toContainText('upstream');
    await expect(job.retryButton).toBeDisabled();
    await expect(job.cancelButton).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'job-page-viewer');

    const jobs = new JobsPage(page);
    await jobs.open(`?accountId=${encodeURIComponent(account.id)}&status=done`);
    await expect(jobs.row('Invite 2 users')).toContainText('Done, 2 failed');
  });
});
