import { expect, type Locator, type Page } from '@playwright/test';
import { csrfHeader } from './accounts-page.ts';

export type AccountTabName = 'Overview' | 'Users' | 'Invitations' | 'Settings' | 'Activity';

/** One account (/accounts/:id/:tab): its tabs, the overview's actions and the settings' policies. */
export class AccountPage {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog');
  }

  async open(accountId: string, tab = ''): Promise<void> {
    await this.page.goto(`/accounts/${encodeURIComponent(accountId)}${tab === '' ? '' : `/${tab}`}`);
    await expect(this.page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true, level: 1 });
  }

  tab(name: AccountTabName): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A detail's value on the overview, by its label. */
  detail(label: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  action(name: 'Rename' | 'Change default license' | 'Delete'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async rename(newName: string): Promise<void> {
    await this.action('Rename').click();
    await this.dialog.getByLabel('New name').fill(newName);
    await this.dialog.getByRole('button', { name: 'Rename' }).click();
  }

  async changeDefaultLicense(license: string): Promise<void> {
    await this.action('Change default license').click();
    await this.dialog.getByRole('button', { name: /Default license/ }).click();
    await this.dialog.getByRole('option', { name: license }).click();
    await this.dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** Opens the delete dialog and types the name to confirm; the caller clicks Delete or reads the refusal. */
  async startDelete(typedName: string): Promise<void> {
    await this.action('Delete').click();
    await this.dialog.getByLabel('Account name to confirm').fill(typedName);
  }

  deleteButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Delete', exact: true });
  }

  policy(label: 'Remote control' | 'Dial-out'): Locator {
    return this.page.getByRole('switch', { name: label }).or(this.page.getByRole('checkbox', { name: label }));
  }

  /** A user in the account, through the BFF, so that the account has someone active. */
  async createUserViaApi(accountId: string, email: string): Promise<void> {
    const response = await this.page.request.post(`/api/accounts/${encodeURIComponent(accountId)}/users`, {
      data: { email },
      headers: await csrfHeader(this.page),
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}
