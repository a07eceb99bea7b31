import type { Locator, Page } from '@playwright/test';
// A CommonJS module: under Node's ESM its default export is the module object.
import selectors from '@cloudscape-design/components/test-utils/selectors';

const table = selectors.default().findTable();

/** The sortable columns and their (1-based) positions. */
const SORTABLE = { Username: 1, Role: 2, Created: 5 } as const;
type SortableColumn = keyof typeof SORTABLE;

export class ConsoleUsersPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly adminsOnly: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: /^Console users/, level: 1 });
    this.adminsOnly = page.getByText('Admins only');
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/console-users${search}`);
  }

  get findInput(): Locator {
    return this.page.getByRole('searchbox', { name: 'Find a console user' });
  }

  /** The usernames, one per row, in table order ("admin (you)" for the signed-in one). */
  get usernames(): Locator {
    return this.page.locator(table.findRows().toSelector()).getByRole('rowheader');
  }

  /** A sortable column's header (the sticky one while it shows): its aria-sort says how the table is sorted. */
  columnHeader(name: SortableColumn): Locator {
    return this.page.locator(table.findColumnHeaders().get(SORTABLE[name]).toSelector());
  }

  async sortBy(name: SortableColumn): Promise<void> {
    await this.page.locator(table.findColumnSortingArea(SORTABLE[name]).toSelector()).click();
  }

  row(username: string): Locator {
    return this.page
      .locator(table.findRows().toSelector())
      .filter({ has: this.page.getByRole('rowheader', { name: username, exact: false }) });
  }

  async create(username: string, password: string, role: 'Viewer' | 'Helpdesk' | 'Admin'): Promise<void> {
    await this.page.getByRole('button', { name: 'Create console user' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create console user' });
    await dialog.getByLabel('Username').fill(username);
    await dialog.getByLabel('Password', { exact: true }).fill(password);
    await dialog.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  private async action(username: string, item: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Actions for ${username}` }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
    return this.page.getByRole('dialog');
  }

  /** Disables (or enables again) through the row's actions, confirming the dialog that names them. */
  async setDisabled(username: string, verb: 'Disable' | 'Enable'): Promise<void> {
    const dialog = await this.action(username, verb);
    await dialog.getByRole('button', { name: `${verb} ${username}` }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async forcePassword(username: string, password: string): Promise<void> {
    const dialog = await this.action(username, 'Set a new password');
    await dialog.getByLabel('Temporary password').fill(password);
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Opens the role dialog, picks the role and confirms; the dialog stays open on an error. */
  async changeRole(username: string, role: 'Viewer' | 'Helpdesk' | 'Admin'): Promise<Locator> {
    const dialog = await this.action(username, 'Change role');
    await dialog.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
    await dialog.getByRole('button', { name: 'Change role' }).click();
    return dialog;
  }
}
