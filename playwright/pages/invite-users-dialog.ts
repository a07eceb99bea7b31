import { expect, type Locator, type Page } from '@playwright/test';

export type JobCount = 'ok' | 'failed' | 'pending' | 'cancelled';

/** The invite dialog on a Team account's users tab: paste or upload, check, send as a job, follow it, read the results. */
export class InviteUsersDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly emails: Locator;
  readonly csvInput: Locator;
  readonly checkButton: Locator;
  readonly flagged: Locator;
  readonly review: Locator;
  readonly progress: Locator;
  readonly results: Locator;
  readonly retryButton: Locator;
  readonly jobLink: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: /^Invite users to/ });
    this.emails = this.dialog.getByLabel('Emails');
    this.csvInput = this.dialog.locator('input[type="file"]');
    this.checkButton = this.dialog.getByRole('button', { name: /^Check \d+ address/ });
    this.flagged = this.dialog.getByRole('table', { name: 'Addresses that will not be sent' });
    this.review = this.dialog.getByRole('table', { name: 'Addresses to invite' });
    this.progress = this.dialog.getByRole('progressbar');
    this.results = this.dialog.getByRole('table', { name: 'Invitation results' });
    this.retryButton = this.dialog.getByRole('button', { name: /^Retry \d+ (failed|cancelled|failed or cancelled)$/ });
    this.jobLink = this.dialog.getByRole('link', { name: 'Open the job page' });
  }

  async paste(text: string): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.emails.fill(text);
  }

  async upload(name: string, csv: string): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.csvInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  }

  sendButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Send ${count} invitation${count === 1 ? '' : 's'}` });
  }

  /** One of the job's counts under the progress bar, e.g. "50 failed". */
  count(kind: JobCount): Locator {
    return this.dialog.getByText(new RegExp(`^\\d+ ${kind}$`));
  }

  /** Waits for the job to have no pending item, and answers its counts. */
  async finished(): Promise<Record<'ok' | 'failed', number>> {
    await expect(this.count('pending')).toHaveText('0 pending', { timeout: 30_000 });
    const read = async (kind: 'ok' | 'failed') => Number((await this.count(kind).innerText()).split(' ')[0]);
    return { ok: await read('ok'), failed: await read('failed') };
  }

  /** A row of the results by email: its text holds the result, attempts, InviteId, Status and EmailStatus or the error. */
  resultRow(email: string): Locator {
    return this.results.getByRole('row').filter({ hasText: email });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
