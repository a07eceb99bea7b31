import { BENCH_VIEWER, CHROMIUM, loadPlaywright } from './paths.ts';
import type { Browser, BrowserContext, StorageState } from './playwright-api.ts';

/** Headless Debian Chromium, the same as the end-to-end tests'. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = loadPlaywright();
  return chromium.launch({ ...CHROMIUM, headless: true });
}

/** Signs in through the BFF's API as the SPA would, and answers the session cookie as a storage state for new contexts. */
export async function signedInState(browser: Browser, bffUrl: string): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: bffUrl });
  try {
    const response = await context.request.post('/api/auth/login', { data: BENCH_VIEWER });
    if (response.status() !== 200) throw new Error(`sign-in answered ${response.status()}: ${await response.text()}`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** A new context: its own (cold) HTTP cache, the session's cookie, the e2e tests' viewport. */
export function newContext(browser: Browser, bffUrl: string, state: StorageState): Promise<BrowserContext> {
  return browser.newContext({ baseURL: bffUrl, storageState: state, viewport: { width: 1440, height: 900 } });
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
