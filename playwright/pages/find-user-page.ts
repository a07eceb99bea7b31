import { expect, type Locator, type Page } from '@playwright/test';

/** Find a user (/find-user): an email, Enter, and the user's page. */
export class FindUserPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly email: Locator;
  readonly findButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Find a user', level: 1 });
    this.email = page.getByLabel('Email');
    this.findButton = page.getByRole('button', { name: 'Find user' });
  }

  async open(): Promise<void> {
    await this.page.goto('/find-user');
    await expect(this.heading).toBeVisible();
  }

  async find(email: string): Promise<void> {
    await this.email.fill(email);
    await this.email.press('Enter');
  }
}
