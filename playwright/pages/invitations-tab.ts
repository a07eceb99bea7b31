import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type APIRequest, type APIRequestContext, type Download, type Locator, type Page } from '@playwright/test';
import { SIGN_INS } from '../support/roles.ts';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();

/** The counts above the table, each a link that filters the table to it. */
export type InvitationStage = 'Sent' | 'Pending' | 'Accepted' | 'Failed' | 'Pending > 7 days';
export type InvitationColumn = 'Email' | 'Status' | 'Email status' | 'Age' | 'Sent by' | 'Sends' | 'Resend';
// The columns shown by default; Sent at (on the age's hover) and Last checked are added through Preferences.
const COLUMNS: readonly InvitationColumn[] = ['Email', 'Status', 'Email status', 'Age', 'Sent by', 'Sends', 'Resend'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An account's invitations tab (/accounts/:id/invitations): the console's records, counts, filters, resend and CSV. */
export class InvitationsTab {
  readonly page: Page;
  readonly table: Locator;
  readonly rows: Locator;
  /** The email links, one per row, in table order. */
  readonly emails: Locator;
  readonly exportLink: Locator;
  readonly refreshButton: Locator;
  readonly checkedAt: Locator;
  readonly emptyState: Locator;
  readonly nextPageButton: Locator;
  readonly previousPageButton: Locator;
  readonly currentPage: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: /^Invitations of/ });
    this.rows = page.locator(table.findRows().toSelector());
    this.emails = this.rows.getByRole('link');
    this.exportLink = page.getByRole('link', { name: 'Export CSV' });
    this.refreshButton = page.getByRole('button', { name: 'Refresh statuses' });
    this.checkedAt = page.getByText(/^Statuses (checked|not checked)/);
    this.emptyState = page.locator(table.findEmptySlot().toSelector());
    this.nextPageButton = page.locator(table.findPagination().findNextPageButton().toSelector());
    this.previousPageButton = page.locator(table.findPagination().findPreviousPageButton().toSelector());
    this.currentPage = page.locator(table.findPagination().findCurrentPage().toSelector());
  }

  async open(accountId: string, search = ''): Promise<void> {
    await this.page.goto(`/accounts/${encodeURIComponent(accountId)}/invitations${search}`);
    await this.loaded();
  }

  /** The table shows rows or its empty state, not its loading text. */
  async loaded(): Promise<void> {
    await expect(this.table).toBeVisible();
    await expect(this.page.getByText('Loading invitations')).toHaveCount(0);
  }

  /** A count above the table: its link is named "<stage>: <n>". */
  count(stage: InvitationStage): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${escape(stage)}: \\d+`) });
  }

  async chooseCount(stage: InvitationStage): Promise<void> {
    await this.count(stage).click();
    await this.loaded();
  }

  /** A filter's select, named by its label and choice ("Status Pending"); the columns' resize handles are named by the label alone. */
  filter(label: 'Status' | 'Age'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${label} `) });
  }

  async chooseFilter(label: 'Status' | 'Age', option: string): Promise<void> {
    await this.filter(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.loaded();
  }

  async typeFilter(label: 'Sent by' | 'Email contains', text: string): Promise<void> {
    const input = this.page.getByRole('searchbox', { name: label });
    await input.fill(text);
    await input.press('Enter');
    await this.loaded();
  }

  /** Reads the statuses back from Chime now (refresh=true) and waits for the answer on screen. */
  async refreshStatuses(): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes('refresh=true') && response.ok());
    await this.refreshButton.click();
    await answered;
    await expect(this.refreshButton).toBeEnabled();
  }

  row(email: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: email, exact: true }) });
  }

  cell(email: string, column: InvitationColumn): Locator {
    return this.row(email).locator('td, th').nth(COLUMNS.indexOf(column));
  }

  resendButton(email: string): Locator {
    return this.page.getByRole('button', { name: `Resend invitation to ${email}` });
  }

  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportLink.click()]);
    return download;
  }
}

/** A CSV answer as header-keyed records (the invitations CSV quotes nothing a test email needs). */
export function parseCsv(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [names[index] ?? String(index), value])));
}

/**
 * An admin on the BFF's API, apart from the browser under test (which is signed in as someone
 * else): creates a Team account of the test's own and invites emails to it, as the console does.
 */
export class InvitingAdmin {
  private readonly request: APIRequestContext;
  private readonly csrfToken: string;

  private constructor(request: APIRequestContext, csrfToken: string) {
    this.request = request;
    this.csrfToken = csrfToken;
  }

  static async signIn(api: APIRequest, baseURL: string): Promise<InvitingAdmin> {
    const request = await api.newContext({ baseURL });
    const { username, password } = SIGN_INS.admin;
    const response = await request.post('/api/auth/login', { data: { username, password } });
    expect(response.status(), await response.text()).toBe(200);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new InvitingAdmin(request, csrfToken);
  }

  async createAccount(name: string): Promise<{ id: string; name: string }> {
    const response = await this.request.post('/api/accounts', { data: { name }, headers: { 'x-csrf-token': this.csrfToken } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; name: string };
  }

  /** POST /api/accounts/:id/invitations: Chime's InviteUsers, recorded by the console as sent by "admin". */
  async invite(accountId: string, emails: string[]): Promise<void> {
    const response = await this.request.post(`/api/accounts/${encodeURIComponent(accountId)}/invitations`, {
      data: { emails },
      headers: { 'x-csrf-token': this.csrfToken },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  async dispose(): Promise<void> {
    await this.request.dispose();
  }
}
