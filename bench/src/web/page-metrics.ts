import { availableParallelism, loadavg } from 'node:os';
import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { launchBrowser, newContext, signedInState } from './browser.ts';
import type { Browser, StorageState } from './playwright-api.ts';
import { buildSpa } from './build-spa.ts';
import { usersFilterInp } from './inp.ts';
import { accountsLcp } from './lcp.ts';
import { usersFirstRender } from './users-render.ts';
import { startWebStack } from './web-stack.ts';

/** The SPA in headless Chromium against the BFF serving it: LCP, INP, and users-page render scaling, on one stack. */
export async function pageMetrics(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  let browser: Browser | undefined;
  try {
    const dist = await buildSpa();
    const stack = await startWebStack(dist, children);
    browser = await launchBrowser();
    const state = await signedInState(browser, stack.bffUrl);
    await untilIndexed(browser, stack.bffUrl, state);
    const loadBefore = loadavg()[0] ?? 0;
    const figures = [
      ...(await accountsLcp(browser, stack.bffUrl, state)),
      ...(await usersFilterInp(browser, stack.bffUrl, state, stack.smallAccountId)),
      ...(await usersFirstRender(browser, stack.bffUrl, state, { small: stack.smallAccountId, large: stack.largeAccountId })),
    ];
    // Browser timings on a shared machine move with its load: say how loaded it was.
    const load = `1-min load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${availableParallelism()} CPUs`;
    return figures.map((figure) => ({ ...figure, note: figure.note === undefined ? load : `${figure.note}; ${load}` }));
  } finally {
    await browser?.close();
    await Promise.all(children.map((child) => child.stop()));
  }
}

/**
 * The BFF's first sweep reads every account's users (101,000 here) into the directory index: the
 * pages are measured once it has ended, as a console runs between sweeps, not with it eating the
 * machine's two cores under both the page and its baseline.
 */
async function untilIndexed(browser: Browser, bffUrl: string, state: StorageState): Promise<void> {
  const context = await newContext(browser, bffUrl, state);
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const status: unknown = await (await context.request.get('/api/directory/status')).json();
      const { accounts, accountsSwept } = (status ?? {}) as { accounts?: number; accountsSwept?: number };
      if (accounts !== undefined && accounts > 0 && accountsSwept === accounts) return;
      if (Date.now() > deadline) throw new Error(`the directory index was not swept in 3 minutes: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await context.close();
  }
}
