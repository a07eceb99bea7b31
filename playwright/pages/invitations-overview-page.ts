import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';
import type { InvitationStage } from './invitations-tab.ts';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
// The per-account table, not the per-sender one below it.
const table = selectors.default().findTable('[data-testid="invitations-per-account"]');
const senderTable = selectors.default().findTable('[data-testid="invitations-per-sender"]');

export type OverviewColumn = 'Account' | 'Sent' | 'Pending' | 'Accepted' | 'Failed' | 'Removed' | 'Pending > 7 days';
const COLUMNS: readonly OverviewColumn[] = ['Account', 'Sent', 'Pending', 'Accepted', 'Failed', 'Removed', 'Pending > 7 days'];

/** The invitations overview (/invitations): totals across accounts and a row of counts per account. */
export class InvitationsOverviewPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly refreshButton: Locator;
  /** "As of 2 minutes ago": present once every account was read from Chime at least once. */
  readonly asOf: Locator;
  readonly trendChart: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Invitations', exact: true, level: 1 });
    this.table = page.getByRole('table', { name: 'Invitations per account' });
    this.rows = page.locator(table.findRows().toSelector());
    this.refreshButton = page.getByRole('button', { name: 'Refresh', exact: true });
    this.asOf = page.getByText(/As of .+ ago|As of now/);
    this.trendChart = page.getByRole('application', { name: 'Invitations per week' });
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/invitations${search}`);
    await this.loaded();
  }

  /** A column's header: its aria-sort says how the table is sorted. */
  columnHeader(column: OverviewColumn): Locator {
    return this.page.locator(
      table
        .findColumnHeaders()
        .get(COLUMNS.indexOf(column) + 1)
        .toSelector(),
    );
  }

  async sortBy(column: OverviewColumn): Promise<void> {
    await this.page.locator(table.findColumnSortingArea(COLUMNS.indexOf(column) + 1).toSelector()).click();
  }

  /** A count column's numbers, top to bottom. */
  async counts(column: Exclude<OverviewColumn, 'Account'>): Promise<number[]> {
    const cells = this.rows.locator(`td:nth-child(${COLUMNS.indexOf(column) + 1})`);
    return (await cells.allInnerTexts()).map(Number);
  }

  /** Through the side navigation's "Invitations", as a manager would. */
  async openFromNavigation(): Promise<void> {
    // The app layout may have folded the navigation away (a narrow or resized window: full-page screenshots resize it).
    const open = this.page.getByRole('button', { name: 'Open side navigation' });
    if (await open.isVisible()) await open.click();
    await this.page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Invitations', exact: true }).click();
    await this.loaded();
  }

  async loaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('Loading invitation counts')).toHaveCount(0);
  }

  /** A line of the weekly trend chart ("Sent", "Accepted", "Failed"). */
  trendLine(title: 'Sent' | 'Accepted' | 'Failed'): Locator {
    return this.trendChart.getByRole('group', { name: title, exact: true });
  }

  /** A total above the table: the number alone on its line under the label. */
  total(stage: InvitationStage): Locator {
    return this.page.getByRole('group', { name: stage, exact: true }).getByText(/^\d+$/);
  }

  /** A pending-by-age bucket's count ("under 1 day", "over 30 days"). */
  pendingAged(bucket: string): Locator {
    return this.page.getByRole('group', { name: `Pending ${bucket}`, exact: true }).getByText(/^\d+$/);
  }

  /** A sender's row in the per-sender table: their name, then sent, pending, accepted, failed, pending > 7 days. */
  senderRow(sentBy: string): Locator {
    return this.page
      .locator(senderTable.findRows().toSelector())
      .filter({ has: this.page.getByRole('rowheader', { name: sentBy, exact: true }) });
  }

  get exportLink(): Locator {
    return this.page.getByRole('link', { name: 'Export CSV' });
  }

  /** An account's row, found by the name (or ID) its link shows. */
  row(accountName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: accountName, exact: true }) });
  }

  cell(accountName: string, column: OverviewColumn): Locator {
    return this.row(accountName).locator('td, th').nth(COLUMNS.indexOf(column));
  }
}
