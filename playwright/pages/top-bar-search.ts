import { expect, type Locator, type Page } from '@playwright/test';

/** The top bar's search across accounts: a dropdown of users and accounts as you type. */
export class TopBarSearch {
  readonly page: Page;
  readonly input: Locator;

  constructor(page: Page) {
    this.page = page;
    this.input = page.getByRole('combobox', { name: 'Search users and accounts' });
  }

  /** Types the text and waits for the dropdown to show its answer (not "Searching"). */
  async type(text: string): Promise<void> {
    await this.input.fill(text);
    await expect(this.page.getByRole('option').first()).toBeVisible();
    await expect(this.page.getByText('Searching', { exact: true })).toHaveCount(0);
  }

  /** A suggestion, by what it reads (its name, email, account and standing). */
  option(text: string | RegExp): Locator {
    return this.page.getByRole('option', { name: text });
  }
}
