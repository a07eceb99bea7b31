import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();

/** The bulk jobs list (/jobs): status and account filters in the URL, a row per job. */
export class JobsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly accountFilter: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Bulk jobs', level: 1 });
    this.table = page.locator(table.toSelector());
    this.rows = page.locator(table.findRows().toSelector());
    this.accountFilter = page.getByRole('searchbox', { name: 'Account ID' });
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/jobs${search}`);
    await this.loaded();
  }

  async loaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('Loading jobs')).toHaveCount(0);
  }

  async filterByAccount(accountId: string): Promise<void> {
    await this.accountFilter.fill(accountId);
    await this.accountFilter.press('Enter');
    await this.loaded();
  }

  /** A job's row by its name, e.g. "Invite 115 users". */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}

export interface JobSummary {
  id: string;
  status: 'running' | 'done' | 'cancelled';
  counts: { total: number; ok: number; failed: number; pending: number; cancelled: number };
}

/** The BFF's jobs API, to arrange a job a test then looks at (with the signed-in page's session). */
export class JobsApi {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async createInviteJob(accountId: string, emails: string[]): Promise<JobSummary> {
    const me = (await (await this.page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const response = await this.page.request.post(`/api/accounts/${encodeURIComponent(accountId)}/jobs`, {
      data: { kind: 'invite', emails },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as JobSummary;
  }

  async get(jobId: string): Promise<JobSummary> {
    const response = await this.page.request.get(`/api/jobs/${encodeURIComponent(jobId)}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as JobSummary;
  }

  /** Waits for the server to finish the job. */
  async finished(jobId: string): Promise<JobSummary> {
    await expect.poll(async () => (await this.get(jobId)).status, { timeout: 30_000 }).not.toBe('running');
    return this.get(jobId);
  }
}
