import selectors from '@cloudscape-design/components/test-utils/selectors';
import { expect, type Locator, type Page } from '@playwright/test';

// A CommonJS module: under Node's ESM loader its default export is the `default` member.
const table = selectors.default().findTable();

/** One bulk job (/jobs/:id): details, live progress, Cancel and Retry failed, its items with a result filter. */
export class JobPage {
  readonly page: Page;
  readonly progress: Locator;
  readonly items: Locator;
  readonly itemRows: Locator;
  readonly cancelButton: Locator;
  readonly retryButton: Locator;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.progress = page.getByRole('progressbar');
    this.items = page.getByRole('table', { name: 'Items' });
    this.itemRows = page.locator(table.findRows().toSelector());
    this.cancelButton = page.getByRole('button', { name: 'Cancel job' });
    this.retryButton = page.getByRole('button', { name: /^Retry \d+ (failed|cancelled|failed or cancelled)$/ });
    this.dialog = page.getByRole('dialog');
  }

  async open(jobId: string, search = ''): Promise<void> {
    await this.page.goto(`/jobs/${encodeURIComponent(jobId)}${search}`);
    await expect(this.items).toBeVisible();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true, level: 1 });
  }

  /** A detail's value, by its label ("Status", "Account", "Created by"…). */
  detail(label: string): Locator {
    return this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  count(kind: 'ok' | 'failed' | 'pending' | 'cancelled'): Locator {
    return this.page.getByText(new RegExp(`^\\d+ ${kind}$`));
  }

  async filterResult(label: 'Any result' | 'Pending' | 'Succeeded' | 'Failed' | 'Cancelled'): Promise<void> {
    await this.page.getByRole('button', { name: /^Result/ }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  itemRow(target: string): Locator {
    return this.itemRows.filter({ hasText: target });
  }
}
