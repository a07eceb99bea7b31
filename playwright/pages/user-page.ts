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

  /** The page's one primary button: Reset PIN, for helpdesk and admins. */
  get primaryAction(): Locator {
    return this.page.getByRole('button', { name: 'Reset PIN', exact: true });
  }

  get actionsMenu(): Locator {
    return this.page.getByRole('button', { name: 'Actions', exact: true });
  }

  /**
   * An action wherever it sits: Reset PIN is the primary button, every other is in the Actions menu
   * (opened first, if there is one, so that its items can be found).
   */
  async action(name: UserAction): Promise<Locator> {
    if (name === 'Reset PIN') return this.primaryAction;
    if ((await this.actionsMenu.count()) > 0 && (await this.actionsMenu.getAttribute('aria-expanded')) !== 'true') {
      await this.actionsMenu.click();
    }
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  async choose(name: UserAction): Promise<void> {
    await (await this.action(name)).click();
  }

  /** A detail's value, by its label. */
  detail(label: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Confirms a reset and answers the PIN the dialog shows. */
  async resetPin(): Promise<string> {
    await this.choose('Reset PIN');
    await this.dialog.getByRole('button', { name: 'Reset PIN' }).click();
    return this.shownPin();
  }

  /** The PIN the dialog shows, in groups for reading aloud ("123 456 7890"). */
  get pinText(): Locator {
    return this.dialog.getByText(/^\d{3} \d{3}( \d+)?$/);
  }

  /** The PIN the dialog shows, its digits only. */
  async shownPin(): Promise<string> {
    await expect(this.pinText).toBeVisible();
    return ((await this.pinText.textContent()) ?? '').replaceAll(' ', '');
  }

  async confirm(action: UserAction): Promise<void> {
    await this.choose(action);
    await this.dialog.getByRole('button', { name: action, exact: true }).click();
  }
}
