import { InvitationsOverviewPage } from '../pages/invitations-overview-page.ts';
import { readFile } from 'node:fs/promises';
import { InvitationsTab, InvitingAdmin, parseCsv } from '../pages/invitations-tab.ts';
import { emulator } from '../support/emulator.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';
import { emailsFor, uniqueName } from '../support/unique.ts';

test.describe('invitation tracking', () => {
  test('when invitees accept or fail, the manager sees the counts change after Refresh statuses, and on the overview', async ({
    page,
    signIn,
    playwright,
    baseURL,
  }) => {
    const admin = await InvitingAdmin.signIn(playwright.request, baseURL ?? '');
    const account = await admin.createAccount(uniqueName('Tracked invites'));
    const emails = emailsFor(account.name, 6);
    await admin.invite(account.id, emails);
    await admin.dispose();

    await signIn('viewer');
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id);
    await expect(invitations.count('Sent')).toHaveText('6');
    await expect(invitations.count('Pending')).toHaveText('6');
    await expect(invitations.count('Accepted')).toHaveText('0');
    await expect(invitations.rows).toHaveCount(6);
    await expect(invitations.checkedAt).toContainText('Statuses checked');
    const [first = '', second = '', third = ''] = emails;
    await expect(invitations.cell(first, 'Sent by')).toHaveText('admin');
    await expect(invitations.cell(first, 'Sends')).toHaveText('1');
    await expect(invitations.cell(first, 'Age')).toHaveText('today');

    await emulator.acceptInvitation(account.id, first);
    await emulator.acceptInvitation(account.id, second);
    await emulator.failInvitation(account.id, third);
    // The index reads the account again in the background (any moment now, or in minutes): Refresh statuses reads it now.
    await invitations.refreshStatuses();
    await expect(invitations.count('Pending')).toHaveText('3');
    await expect(invitations.count('Accepted')).toHaveText('2');
    await expect(invitations.count('Failed')).toHaveText('1');
    await expect(invitations.count('Sent')).toHaveText('6');
    await expect(invitations.cell(first, 'Status')).toHaveText('Accepted');
    await expect(invitations.cell(third, 'Status')).toHaveText('Failed');
    // The time shown is to the second, and a fast refresh can fall in the same second: the counts above prove the re-read.
    await expect(invitations.checkedAt).toContainText('Statuses checked');
    await expectAccessible(page);
    await screenshot(page, 'invitations-tab-counts');

    await invitations.chooseCount('Accepted');
    await expect(page).toHaveURL(/[?&]status=Accepted/);
    await expect(invitations.emails).toHaveText([second, first]);
    await invitations.chooseFilter('Age', 'Pending > 7 days');
    await expect(page).toHaveURL(/pendingOlderThanDays=7/);
    await expect(invitations.filter('Status')).toContainText('Pending');
    await expect(invitations.emptyState).toContainText('No invitations match these filters');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await invitations.typeFilter('Email contains', `${third.split('@')[0] ?? ''}@`);
    await expect(invitations.emails).toHaveText([third]);

    const overview = new InvitationsOverviewPage(page);
    await overview.openFromNavigation();
    await expect(overview.cell(account.name, 'Sent')).toHaveText('6');
    await expect(overview.cell(account.name, 'Pending')).toHaveText('3');
    await expect(overview.cell(account.name, 'Accepted')).toHaveText('2');
    await expect(overview.cell(account.name, 'Failed')).toHaveText('1');
    expect(Number(await overview.total('Accepted').textContent())).toBeGreaterThanOrEqual(2);
    // Other journeys invite too: these are totals over every account, so at least this account's.
    expect(Number(await overview.pendingAged('under 1 day').textContent())).toBeGreaterThanOrEqual(3);
    await expect(overview.pendingAged('over 30 days')).toHaveText(/^\d+$/);
    await expect(overview.senderRow('admin')).toHaveCount(1);
    const [download] = await Promise.all([page.waitForEvent('download'), overview.exportLink.click()]);
    const csvRows = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(csvRows.find((row) => row.accountId === account.id)).toEqual({
      accountId: account.id,
      accountName: account.name,
      pending: '3',
      accepted: '2',
      failed: '1',
      removed: '0',
      pendingOver7Days: '0',
    });
    await expectAccessible(page);
    await screenshot(page, 'invitations-overview');

    // The sort is in the URL: a click puts it there, a reload or a pasted link keeps it.
    await expect(overview.columnHeader('Pending > 7 days')).toHaveAttribute('aria-sort', 'descending');
    await overview.sortBy('Sent');
    await expect(page).toHaveURL(/[?&]sort=sent&order=asc/);
    await overview.sortBy('Sent');
    await expect(page).toHaveURL(/[?&]sort=sent&order=desc/);
    await page.reload();
    await overview.loaded();
    await expect(overview.columnHeader('Sent')).toHaveAttribute('aria-sort', 'descending');
    const sent = await overview.counts('Sent');
    expect(sent).toEqual([...sent].sort((a, b) => b - a));
    await overview.open('?sort=accepted&order=asc');
    await expect(overview.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'ascending');
    const accepted = await overview.counts('Accepted');
    expect(accepted).toEqual([...accepted].sort((a, b) => a - b));
    await overview.open();

    await overview.row(account.name).getByRole('link', { name: account.name }).click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${account.id}/invitations\\?status=Pending$`));
    await invitations.loaded();
    await expect(invitations.rows).toHaveCount(3);
  });

  test('when the helpdesk resends a failed invitation, the row shows it sent again and one send more', async ({
    page,
    signIn,
    playwright,
    baseURL,
  }) => {
    const admin = await InvitingAdmin.signIn(playwright.request, baseURL ?? '');
    const account = await admin.createAccount(uniqueName('Resent invites'));
    const [failed = '', pending = ''] = emailsFor(account.name, 2);
    await admin.invite(account.id, [failed, pending]);
    await admin.dispose();
    await emulator.failInvitation(account.id, failed);

    await signIn('helpdesk');
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id, '?status=Failed');
    await expect(invitations.emails).toHaveText([failed]);
    await expect(invitations.cell(failed, 'Sends')).toHaveText('1');
    await expect(invitations.count('Failed')).toHaveText('1');

    await invitations.resendButton(failed).click();
    await expect(invitations.cell(failed, 'Resend')).toContainText('Sent again');
    await expect(invitations.cell(failed, 'Sends')).toHaveText('2');
    await expect(invitations.cell(failed, 'Status')).toHaveText('Pending');
    await expect(invitations.cell(failed, 'Sent by')).toHaveText('helpdesk');
    await expect(invitations.count('Failed')).toHaveText('0');
    await expect(invitations.count('Pending')).toHaveText('2');
    await screenshot(page, 'invitations-tab-resent');

    // The record as the BFF now holds it: read again, it is a pending invitation sent twice. The
    // index reads the account again soon after an invitation; Refresh statuses reads it now.
    await invitations.chooseCount('Pending');
    await invitations.refreshStatuses();
    await expect(invitations.cell(failed, 'Sends')).toHaveText('2');
    await expect(invitations.cell(pending, 'Sends')).toHaveText('1');
    await expect(invitations.resendButton(pending)).toBeVisible();
  });

  test('when there are more invitations than a page holds, the pages follow the cursor and a pasted link reopens the same page', async ({
    page,
    signIn,
    playwright,
    baseURL,
  }) => {
    const admin = await InvitingAdmin.signIn(playwright.request, baseURL ?? '');
    const account = await admin.createAccount(uniqueName('Paged invites'));
    await admin.invite(account.id, emailsFor(account.name, 12));
    await admin.dispose();

    await signIn('viewer');
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id, '?pageSize=10');
    await expect(invitations.rows).toHaveCount(10);
    await expect(invitations.currentPage).toHaveText('1');
    await invitations.nextPageButton.click();
    await invitations.loaded();
    await expect(page).toHaveURL(/[?&]cursor=/);
    await expect(invitations.rows).toHaveCount(2);
    const secondPage = await invitations.emails.allTextContents();

    await page.reload();
    await invitations.loaded();
    await expect(invitations.currentPage).toHaveText('2');
    await expect(invitations.emails).toHaveText(secondPage);
    await invitations.previousPageButton.click();
    await invitations.loaded();
    await expect(invitations.rows).toHaveCount(10);
  });

  test('when an account has no invitations, its tab says where they come from', async ({ page, signIn, playwright, baseURL }) => {
    const admin = await InvitingAdmin.signIn(playwright.request, baseURL ?? '');
    const account = await admin.createAccount(uniqueName('No invites'));
    await admin.dispose();

    await signIn('viewer');
    const invitations = new InvitationsTab(page);
    await invitations.open(account.id);
    await expect(invitations.emptyState).toContainText('Invitations appear here once Chime reports one for this account');
    await expect(invitations.count('Sent')).toHaveText('0');
  });
});
