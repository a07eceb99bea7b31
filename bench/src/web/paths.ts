import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Playwright } from './playwright-api.ts';

export const localScript = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const WEB_DIR = fileURLToPath(new URL('../../../apps/web/', import.meta.url));

/** Where the bench builds the SPA; BENCH_WEB_DIST points elsewhere (it is emptied and rebuilt). */
export const WEB_DIST = process.env.BENCH_WEB_DIST || '/tmp/dist-bench-web';

/** The console user the bench signs in as: every page measured is readable by a viewer. */
export const BENCH_VIEWER = { username: 'bench-viewer', password: 'bench-viewer-password-01' };

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// The bench workspace does not depend on Playwright; the e2e workspace does, and lends it.
const fromE2e = createRequire(new URL('../../../playwright/package.json', import.meta.url));

export function loadPlaywright(): Playwright {
  try {
    return fromE2e('@playwright/test') as Playwright;
  } catch (error) {
    throw new Error(`the web bench drives Chromium through the e2e workspace's @playwright/test, which did not load: ${String(error)}`, {
      cause: error,
    });
  }
}
