import type { Figure } from '../lib/figures.ts';
import { median, newContext } from './browser.ts';
import type { Browser, StorageState } from './playwright-api.ts';
import { WATCH_USERS_RENDER, untilTrue } from './in-page.ts';
import { LARGE_ACCOUNT_USERS, SMALL_ACCOUNT_USERS } from './web-stack.ts';

const WARMUP = 1;
const RUNS = 7;

/**
 * First render of the users tab (navigation start to the first frame with user rows) for an
 * account of 100,000 users against one of 1,000: a page of users must not cost more for a big
 * account. One context with a warm cache, a new page per visit, visits in turns.
 */
export async function usersFirstRender(
  browser: Browser,
  bffUrl: string,
  state: StorageState,
  accounts: { small: string; large: string },
): Promise<Figure[]> {
  const context = await newContext(browser, bffUrl, state);
  await context.addInitScript({ content: WATCH_USERS_RENDER });
  const visit = async (accountId: string): Promise<number> => {
    const page = await context.newPage();
    try {
      await page.goto(`/accounts/${accountId}/users`);
      await page.evaluate(untilTrue('window.__usersRendered !== undefined'));
      const ms: unknown = await page.evaluate('window.__usersRendered');
      if (typeof ms !== 'number') throw new Error('the users render time was not read back');
      return ms;
    } finally {
      await page.close();
    }
  };
  try {
    const times = { small: [] as number[], large: [] as number[] };
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const order = run % 2 === 0 ? (['small', 'large'] as const) : (['large', 'small'] as const);
      for (const side of order) {
        const ms = await visit(accounts[side]);
        if (run >= WARMUP) times[side].push(ms);
      }
    }
    return [
      {
        name: 'usersPage.firstRender',
        value: median(times.large),
        unit: 'ms',
        baseline: { label: `same page, ${SMALL_ACCOUNT_USERS.toLocaleString('en-US')}-user account`, value: median(times.small) },
        goal: { on: 'ratio', atMost: 1.2 },
        samples: times.large,
        note: `${LARGE_ACCOUNT_USERS.toLocaleString('en-US')}-user account, median of ${RUNS} warm-cache visits after ${WARMUP} warm-up; 1,000-user samples ${times.small.map((ms) => ms.toFixed(0)).join('/')} ms`,
      },
    ];
  } finally {
    await context.close();
  }
}
