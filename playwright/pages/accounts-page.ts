import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();

export interface CreatedAccount {
  id: string;
  name: string;
}

/** The accounts list (/accounts): filters, pages, preferences and the create dialog. */
export class AccountsPage {
  readonly page: Page;
  readonly heading: Locator;
  /** The account-name links, one per row, in table order. */
  readonly names: Locator;
  readonly nameFilter: Locator;
  readonly emailInput: Locator;
  readonly createButton: Locator;
  readonly nextPageButton: Locator;
  readonly previousPageButton: Locator;
  readonly currentPage: Locator;
  readonly emptyState: Locator;

  constructor(page: Page) {
    this.page = page;
    // "Accounts" and its counter, "Accounts (9)".
    this.heading = page.getByRole('heading', { name: /^Accounts( \(\d+\+?\))?$/, level: 1 });
    this.names = page.locator(table.findRows().toSelector()).getByRole('link');
    this.nameFilter = page.getByLabel('Filter accounts by name prefix');
    this.emailInput = page.getByLabel("Find a user's account");
    this.createButton = page.getByRole('button', { name: 'Create account' });
    this.nextPageButton = page.locator(table.findPagination().findNextPageButton().toSelector());
    this.previousPageButton = page.locator(table.findPagination().findPreviousPageButton().toSelector());
    this.currentPage = page.locator(table.findPagination().findCurrentPage().toSelector());
    this.emptyState = page.locator(table.findEmptySlot().toSelector());
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/accounts${search}`);
    await expect(this.heading).toBeVisible();
  }

  /** Types a name prefix; the list follows once typing pauses. */
  async filterByName(prefix: string): Promise<void> {
    await this.nameFilter.fill(prefix);
  }

  async findByEmail(email: string): Promise<void> {
    await this.emailInput.fill(email);
    await this.page.getByRole('button', { name: 'Find', exact: true }).click();
  }

  async nextPage(): Promise<void> {
    await this.nextPageButton.click();
  }

  async previousPage(): Promise<void> {
    await this.previousPageButton.click();
  }

  async setPageSize(size: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Preferences', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Preferences' });
    await dialog.getByRole('radio', { name: `${size} accounts` }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }

  /** Through the dialog; the console then opens the new account. */
  async createAccount(name: string): Promise<void> {
    await this.createButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Create account' });
    await dialog.getByLabel('Account name').fill(name);
    await dialog.getByRole('button', { name: 'Create account' }).click();
  }

  /** Straight through the BFF with the signed-in page's session, for tests that need accounts to exist first. */
  async createAccountViaApi(name: string): Promise<CreatedAccount> {
    const response = await this.page.request.post('/api/accounts', { data: { name }, headers: await csrfHeader(this.page) });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as CreatedAccount;
  }
}

/** The session's CSRF token, which every state-changing BFF call must echo. */
export async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}
