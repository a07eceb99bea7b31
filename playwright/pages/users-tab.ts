import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const wrapper = selectors.default();
const table = wrapper.findTable();

export type BulkActionName = 'Change license' | 'Suspend' | 'Unsuspend' | 'Sign out everywhere';
/** The filter's properties, each a query parameter of the users list. */
export type UsersFilterProperty = 'Registration status' | 'Invitation status' | 'License' | 'User type' | 'Email (exact)';

const propertyFilter = wrapper.findPropertyFilter();

/** An account's users tab (/accounts/:id/users): filters, pages, selection, bulk actions and their results. */
export class UsersTab {
  readonly page: Page;
  readonly table: Locator;
  readonly rows: Locator;
  /** The email links, one per row, in table order. */
  readonly emails: Locator;
  /** The one filter: type free text to search names and emails, or "Property = value" for a token. */
  readonly filterInput: Locator;
  /** The filter's tokens, e.g. "Invitation status = Pending". */
  readonly tokens: Locator;
  readonly actionsButton: Locator;
  readonly createButton: Locator;
  readonly inviteButton: Locator;
  readonly exportLink: Locator;
  readonly nextPageButton: Locator;
  readonly currentPage: Locator;
  readonly dialog: Locator;
  readonly results: Locator;
  /** The table's empty slot: what an empty list means, or why the list could not be loaded. */
  readonly emptyState: Locator;
  /** The header's counter: "(1,234)" when the index gives a total, "(50+)" for an open-ended page. */
  readonly counter: Locator;
  /** "1,234 users, as of 2 minutes ago.": only when the list comes from the index. */
  readonly freshness: Locator;
  readonly refreshFromChime: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.locator(table.toSelector());
    this.rows = page.locator(table.findRows().toSelector());
    this.emails = this.rows.getByRole('link');
    this.filterInput = page.getByRole('combobox', { name: 'Filter users' });
    this.tokens = page.locator(propertyFilter.findTokens().toSelector());
    this.actionsButton = page.getByRole('button', { name: 'Actions' });
    this.createButton = page.getByRole('button', { name: 'Create user' });
    // The header's: an empty table offers its own Invite users too.
    this.inviteButton = page.locator(table.findHeaderSlot().toSelector()).getByRole('button', { name: 'Invite users' });
    this.exportLink = page.getByRole('link', { name: 'Export CSV' });
    this.nextPageButton = page.locator(table.findPagination().findNextPageButton().toSelector());
    this.currentPage = page.locator(table.findPagination().findCurrentPage().toSelector());
    this.dialog = page.getByRole('dialog');
    this.results = this.dialog.getByRole('table', { name: 'Results per user' });
    this.emptyState = page.locator(table.findEmptySlot().toSelector());
    this.counter = page.locator(table.findHeaderSlot().findHeader().findCounter().toSelector());
    this.freshness = page.getByText(/^[\d,]+ users?, as of /);
    this.refreshFromChime = page.getByRole('button', { name: 'Refresh users from Chime' });
  }

  async open(accountId: string, search = ''): Promise<void> {
    await this.page.goto(`/accounts/${encodeURIComponent(accountId)}/users${search}`);
    await this.loaded();
  }

  /** The table shows rows or its empty state, not its loading text. */
  async loaded(): Promise<void> {
    await expect(this.table).toBeVisible();
    await expect(this.page.getByText('Loading users')).toHaveCount(0);
  }

  /** The token a property's filter shows, e.g. token('User type') reads "User type = PrivateUser". */
  token(property: UsersFilterProperty | 'Name or email'): Locator {
    return this.tokens.filter({ hasText: property });
  }

  async removeToken(property: UsersFilterProperty | 'Name or email'): Promise<void> {
    await this.token(property)
      .getByRole('button', { name: /^Remove filter/ })
      .click();
  }

  /** Filters by one value of a property: typed as a person would ("License = Pro"), then Enter makes it a token. */
  async chooseFilter(property: UsersFilterProperty, value: string): Promise<void> {
    await this.filterInput.fill(`${property} = ${value}`);
    await this.filterInput.press('Enter');
    await expect(this.token(property)).toContainText(value);
    await this.loaded();
  }

  async searchEmail(email: string): Promise<void> {
    await this.chooseFilter('Email (exact)', email);
  }

  row(email: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: email, exact: true }) });
  }

  async select(email: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${email}` }).check();
  }

  async bulk(action: BulkActionName): Promise<void> {
    await this.actionsButton.click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Each user's line in the results modal: its text holds the email and "Done" or the error. */
  resultRow(email: string): Locator {
    return this.results.getByRole('row').filter({ hasText: email });
  }
}

/** The BFF's API, used to arrange what a test needs (accounts, users) with the signed-in page's session. */
export class BffApi {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  private async csrf(): Promise<Record<string, string>> {
    const me = (await (await this.page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    return { 'x-csrf-token': me.csrfToken };
  }

  async createAccount(name: string): Promise<{ id: string; name: string }> {
    const response = await this.page.request.post('/api/accounts', { data: { name }, headers: await this.csrf() });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; name: string };
  }

  async findAccount(namePrefix: string): Promise<{ id: string; name: string; type: string }> {
    const response = await this.page.request.get(`/api/accounts?namePrefix=${encodeURIComponent(namePrefix)}`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: { id: string; name: string; type: string }[] };
    const [account] = items;
    if (!account) throw new Error(`no account named ${namePrefix}…`);
    return account;
  }

  async createUser(accountId: string, email: string): Promise<{ id: string; email: string }> {
    const response = await this.page.request.post(`/api/accounts/${encodeURIComponent(accountId)}/users`, {
      data: { email },
      headers: await this.csrf(),
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; email: string };
  }

  async users(accountId: string, query = ''): Promise<{ id: string; email?: string; invitationStatus?: string }[]> {
    const response = await this.page.request.get(`/api/accounts/${encodeURIComponent(accountId)}/users?pageSize=200${query}`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { items: { id: string; email?: string; invitationStatus?: string }[] }).items;
  }

  /**
   * A state-changing call made outside the UI, with the session's CSRF token, so that a refusal
   * can only come from the role check (a missing token is refused with 403 too): its status and
   * problem code.
   */
  async post(path: string): Promise<{ status: number; code: string | undefined }> {
    const response = await this.page.request.post(path, { headers: await this.csrf() });
    const problem = (await response.json().catch(() => undefined)) as { code?: string } | undefined;
    return { status: response.status(), code: problem?.code };
  }
}
