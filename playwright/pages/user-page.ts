import { expect, type Locator, type Page } from '@playwright/test';

export type UserAction =
  'Reset PIN' | 'Reveal PIN' | 'Sign out everywhere' | 'Change license' | 'Suspend' | 'Unsuspend' | 'Resend invitation';

export const USER_ACTIONS: readonly UserAction[] = [
  'Reset PIN',
  'Reveal PIN',
  'Sign out everywhere',
  'Change license',
  'Suspend',
  'Unsuspend',
  'Resend invitation',
];

/** One user (/accounts/:accountId/users/:userId): details, actions and their dialogs. */
export class UserPage {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog');
  }

  async open(accountId: string, userId: string): Promise<void> {
    await this.page.goto(`/accounts/${encodeURIComponent(accountId)}/users/${encodeURIComponent(userId)}`);
    await expect(this.page.getByRole('heading', { name: 'Details' })).toBeVisible();
  }

  heading(email: string): Locator {
    return this.page.getByRole('heading', { name: email, level: 1 });
  }

  action(name: UserAction): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A detail's value, by its label. */
  detail(label: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Confirms a reset and answers the PIN the dialog shows. */
  async resetPin(): Promise<string> {
    await this.action('Reset PIN').click();
    await this.dialog.getByRole('button', { name: 'Reset PIN' }).click();
    return this.shownPin();
  }

  async shownPin(): Promise<string> {
    const pin = this.dialog.getByText(/^\d{6,}$/);
    await expect(pin).toBeVisible();
    return (await pin.textContent()) ?? '';
  }

  async confirm(action: UserAction): Promise<void> {
    await this.action(action).click();
    await this.dialog.getByRole('button', { name: action, exact: true }).click();
  }
}
