import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
// A CommonJS module: under Node's ESM its default export is the module object.
import selectors from '@cloudscape-design/components/test-utils/selectors';

const table = selectors.default().findTable();

const COLUMNS = ['Time', 'Actor', 'Role', 'Action', 'Account', 'User', 'Result', 'Client IP', 'Upstream request ID', 'Input'] as const;
type Column = (typeof COLUMNS)[number];
/** The technical columns are shown only once added through Preferences. */
const HIDDEN_BY_DEFAULT: readonly Column[] = ['Role', 'Client IP', 'Upstream request ID', 'Input'];

export class AuditPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly rows: Locator;
  readonly adminsOnly: Locator;
  private readonly columns: Column[];

  /** On an account's activity tab the table has no account column. */
  constructor(page: Page, options: { accountColumn?: boolean } = {}) {
    this.page = page;
    this.columns = COLUMNS.filter(
      (column) => !HIDDEN_BY_DEFAULT.includes(column) && (options.accountColumn !== false || column !== 'Account'),
    );
    this.heading = page.getByRole('heading', { name: 'Audit log', level: 1 });
    this.rows = page.locator(table.findRows().toSelector());
    this.adminsOnly = page.getByText('Admins only');
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/audit${search}`);
  }

  /** A row's cell by column header, as the person reads them. */
  cell(row: Locator, column: Column): Locator {
    return row.locator('th, td').nth(this.columns.indexOf(column));
  }

  /** Adds hidden columns back through the table's Preferences (remembered in this browser). */
  async showColumns(...names: Column[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Preferences', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Preferences' });
    for (const name of names) await dialog.getByRole('checkbox', { name, exact: true }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    const shown = new Set([...this.columns, ...names]);
    this.columns.splice(0, this.columns.length, ...COLUMNS.filter((column) => shown.has(column)));
  }

  async filterByActor(actor: string): Promise<void> {
    const input = this.page.getByRole('searchbox', { name: 'Actor' });
    await input.fill(actor);
    await input.press('Enter');
  }

  async filterByAction(label: string): Promise<void> {
    await this.page.locator(table.findFilterSlot().findSelect().findTrigger().toSelector()).click();
    await this.page.getByRole('option', { name: new RegExp(`^${label}`) }).click();
  }

  /** Picks one of the time filter's relative ranges, e.g. "Last 1 hour". */
  async filterByLast(range: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Time range' }).click();
    await this.page.getByRole('radio', { name: range }).check();
    await this.page.getByRole('button', { name: 'Apply' }).click();
  }

  /** The input summary of a row, from its popover. */
  async inputOf(row: Locator): Promise<string> {
    await this.cell(row, 'Input').getByRole('button', { name: 'View' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Input' });
    const text = await dialog.innerText();
    await this.page.keyboard.press('Escape');
    return text;
  }

  /** Clicks Export CSV and answers the downloaded file's text. */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('link', { name: 'Export CSV' }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
