import { FindUserPage } from '../pages/find-user-page.ts';
import { InvitationsOverviewPage } from '../pages/invitations-overview-page.ts';
import { InvitationsTab } from '../pages/invitations-tab.ts';
import { TopBarSearch } from '../pages/top-bar-search.ts';
import { UserPage } from '../pages/user-page.ts';
import { BffApi, UsersTab } from '../pages/users-tab.ts';
import { waitForFirstSweep } from '../support/directory.ts';
import { expect, expectAccessible, screenshot, test } from '../support/fixtures.ts';

// The emulator's demo seed (packages/chime-emulator/src/seed/demo.ts): Acme Corp's 140 users cycle
// through registered ×3, pending ×2, failed, created, so 60 accepted, 40 pending and 20 failed
// invitations, none sent from the console. No other journey changes Acme's invitations.
const ACME = { name: 'Acme Corp', accepted: 60, pending: 40, failed: 20 };
// Quinn is the 17th first name: Acme's 17th user, registered, seeded with a Basic or Pro license.
const QUINN = { name: 'Quinn Abbott', email: 'quinn.abbott@acme.example' };

test.describe('directory index', () => {
  test("when a manager opens Invitations, they see Chime's own counts, the invitations sent outside the console among them", async ({
    page,
    signIn,
  }) => {
    await signIn('viewer');
    const overview = new InvitationsOverviewPage(page);
    await overview.openFromNavigation();
    // The counts are the index's: the page reads them again until every account was read once.
    await expect(overview.asOf).toBeVisible({ timeout: 60_000 });

    await expect(overview.cell(ACME.name, 'Pending')).toHaveText(String(ACME.pending));
    await expect(overview.cell(ACME.name, 'Failed')).toHaveText(String(ACME.failed));
    await expect(overview.cell(ACME.name, 'Accepted')).toHaveText(String(ACME.accepted));
    await expect(overview.cell(ACME.name, 'Removed')).toHaveText('0');
    await expect(overview.cell(ACME.name, 'Sent')).toHaveText(String(ACME.pending + ACME.failed + ACME.accepted));
    expect(Number(await overview.total('Pending').textContent())).toBeGreaterThanOrEqual(ACME.pending);
    await expect(overview.senderRow('Outside the console')).toHaveCount(1);
    for (const line of ['Sent', 'Accepted', 'Failed'] as const) await expect(overview.trendLine(line)).toHaveCount(1);
    await expectAccessible(page);
    await screenshot(page, 'invitations-overview-from-index');

    await overview.row(ACME.name).getByRole('link', { name: ACME.name }).click();
    await expect(page).toHaveURL(/\/invitations\?status=Pending$/);
    const invitations = new InvitationsTab(page);
    await invitations.loaded();
    await expect(invitations.count('Pending')).toHaveText(String(ACME.pending));
    await expect(invitations.count('Failed')).toHaveText(String(ACME.failed));
    await expect(invitations.rows.first()).toContainText('Outside the console');
  });

  test('when helpdesk types a first name in the top bar, they choose the person and land on their page', async ({ page, signIn }) => {
    await signIn('helpdesk');
    await waitForFirstSweep(page.request);
    const search = new TopBarSearch(page);
    await search.type('Quinn');
    const quinn = search.option(new RegExp(`${QUINN.name}.*${QUINN.email.replace('.', '\\.')} · ${ACME.name}`));
    await expect(quinn).toContainText('Registered');
    await screenshot(page, 'top-bar-search');
    await quinn.click();

    const userPage = new UserPage(page);
    await expect(userPage.heading(QUINN.email)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText(ACME.name);
    await expect(search.input).toHaveValue('');

    // Enter without a choice: every match, in a table, on Find a user.
    await search.type('quinn.a');
    await search.input.press('Enter');
    await expect(page).toHaveURL(/\/find-user\?q=quinn\.a$/);
    const findUser = new FindUserPage(page);
    await expect(findUser.searchField).toHaveValue('quinn.a');
    await expect(findUser.result(QUINN.email)).toContainText(ACME.name);
    await expectAccessible(page);
    await findUser.result(QUINN.email).getByRole('link', { name: QUINN.email }).click();
    await expect(userPage.heading(QUINN.email)).toBeVisible();
  });

  test('when an admin filters the users tab by invitation status, the counter holds the exact total, and Refresh reads Chime again', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    await waitForFirstSweep(page.request);
    const acme = await new BffApi(page).findAccount(ACME.name);
    const users = new UsersTab(page);
    await users.open(acme.id, '?pageSize=10');
    await expect(users.counter).toHaveText('(140)');

    await users.chooseFilter('Invitation status', 'Pending');
    await expect(page).toHaveURL(/[?&]invitationStatus=Pending/);
    await expect(users.rows).toHaveCount(10);
    await expect(users.counter).toHaveText(`(${ACME.pending})`);
    await expect(users.freshness).toHaveText(new RegExp(`^${ACME.pending} users, as of .+\\.$`));
    await expect(users.rows.first()).toContainText(/Pending (since today|\d+ days?)/);

    const refreshed = page.waitForResponse((response) => /\/api\/directory\/accounts\/[^/]+\/refresh$/.test(response.url()));
    await users.refreshFromChime.click();
    expect((await refreshed).status()).toBe(200);
    await expect(users.freshness).toHaveText(new RegExp(`^${ACME.pending} users, as of (now|\\d+ seconds? ago)\\.$`));
    await expect(users.counter).toHaveText(`(${ACME.pending})`);

    await users.removeToken('Invitation status');
    await users.chooseFilter('Invitation status', 'Failed');
    await expect(users.counter).toHaveText(`(${ACME.failed})`);
    await expectAccessible(page);
    await screenshot(page, 'users-tab-total');
  });
});
