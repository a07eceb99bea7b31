import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page.ts';
import { SIGN_INS, type DemoRole } from './roles.ts';

interface Fixtures {
  /**
   * Signs in through the sign-in page as a demo role; the page is left on the accounts list (asked
   * for as the return URL: without one, each role starts at its own page).
   */
  signIn: (role: DemoRole, page?: Page) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  signIn: async ({ page }, use) => {
    await use(async (role, target = page) => {
      const signInPage = new SignInPage(target);
      await signInPage.open('/accounts');
      await signInPage.signIn(SIGN_INS[role].username, SIGN_INS[role].password);
      await expect(target.getByRole('heading', { name: /^Accounts/ })).toBeVisible();
      return target;
    });
  },
});

export { expect };

/** Saved for a person to look at after the run (test-results/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `../test-results/screenshots/${name}.png`, fullPage: true });
}

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    severe.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
