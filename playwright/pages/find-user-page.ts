import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();

/** Find a user (/find-user): the index searched as you type, results in a table; Enter on a full email opens the user. */
export class FindUserPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly searchField: Locator;
  readonly results: Locator;
  /** The result rows' email links, in table order. */
  readonly resultEmails: Locator;
  readonly emptyState: Locator;
  readonly lookUpInChime: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Find a user', level: 1 });
    this.searchField = page.getByRole('searchbox', { name: 'Name, email or user ID' });
    this.results = page.getByRole('table', { name: /^Users matching/ });
    this.resultEmails = page.locator(table.findRows().toSelector()).getByRole('rowheader').getByRole('link');
    this.emptyState = page.locator(table.findEmptySlot().toSelector());
    this.lookUpInChime = page.getByRole('button', { name: 'Look up this exact email in Chime' });
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/find-user${search}`);
    await expect(this.heading).toBeVisible();
  }

  /** Types and presses Enter: a full email opens the user; anything else commits the search. */
  async find(text: string): Promise<void> {
    await this.searchField.fill(text);
    await this.searchField.press('Enter');
  }

  /** Types and waits for the results of exactly that text (the URL follows the field once typing pauses). */
  async search(text: string): Promise<void> {
    await this.searchField.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}(&|$)`));
    await expect(this.results).toBeVisible();
    await expect(this.page.getByText('Searching')).toHaveCount(0);
  }

  /** A result row, by the email its link shows. */
  result(email: string): Locator {
    return this.page.locator(table.findRows().toSelector()).filter({ has: this.page.getByRole('link', { name: email, exact: true }) });
  }
}
