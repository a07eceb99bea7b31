import type { Figure } from '../lib/figures.ts';
import { isRecord } from '../lib/json.ts';
import { median, newContext } from './browser.ts';
import type { Browser, BrowserContext, StorageState } from './playwright-api.ts';
import { BASELINE_PAGE } from './build-spa.ts';
import { ACCOUNTS_SHOWN, AFTER_PAINT, READ_LCP, READ_TRANSFER, untilTrue } from './in-page.ts';

const RUNS = 5;
const KB = 1024;

interface Transfer {
  total: number;
  count: number;
  byKind: Record<string, number>;
}

interface Lcp {
  startTime: number;
  element: string;
  /** What the load moved until `ready` held. */
  transfer: Transfer;
}

function isTransfer(value: unknown): value is Transfer {
  return isRecord(value) && typeof value.total === 'number' && typeof value.count === 'number' && isRecord(value.byKind);
}

/** One load of `path` in `context`, read once `ready` holds and has been painted. */
async function loadLcp(context: BrowserContext, path: string, ready: string): Promise<Lcp> {
  const page = await context.newPage();
  try {
    await page.goto(path);
    await page.evaluate(untilTrue(ready));
    await page.evaluate(AFTER_PAINT);
    const transfer: unknown = await page.evaluate(READ_TRANSFER);
    const lcp: unknown = await page.evaluate(READ_LCP);
    if (!isRecord(lcp) || typeof lcp.startTime !== 'number' || typeof lcp.element !== 'string') {
      throw new Error(`no largest-contentful-paint entry on ${path}`);
    }
    if (!isTransfer(transfer)) throw new Error(`no resource timing on ${path}`);
    return { startTime: lcp.startTime, element: lcp.element, transfer };
  } finally {
    await page.close();
  }
}

/** A cold load: a new context has an empty cache. */
async function coldLcp(browser: Browser, bffUrl: string, state: StorageState, path: string, ready: string): Promise<Lcp> {
  const context = await newContext(browser, bffUrl, state);
  try {
    return await loadLcp(context, path, ready);
  } finally {
    await context.close();
  }
}

/**
 * LCP of the accounts page (session already signed in, cold cache) against a static page served by
 * the same BFF, measured in turns so both share the machine's noise. The accounts page is ready
 * when its table shows rows: the data, not just the shell, must have painted.
 */
export async function accountsLcp(browser: Browser, bffUrl: string, state: StorageState): Promise<Figure[]> {
  const accounts: Lcp[] = [];
  const baseline: Lcp[] = [];
  for (let run = 0; run < RUNS; run++) {
    const pair = [
      async () => accounts.push(await coldLcp(browser, bffUrl, state, '/accounts', ACCOUNTS_SHOWN)),
      async () => baseline.push(await coldLcp(browser, bffUrl, state, `/${BASELINE_PAGE}`, "document.querySelector('h1') !== null")),
    ];
    for (const measure of run % 2 === 0 ? pair : pair.reverse()) await measure();
  }
  // A returning visitor: the hashed assets come from the cache.
  const warm: number[] = [];
  const context = await newContext(browser, bffUrl, state);
  try {
    for (let run = 0; run <= RUNS; run++) {
      const { startTime } = await loadLcp(context, '/accounts', ACCOUNTS_SHOWN);
      if (run > 0) warm.push(startTime);
    }
  } finally {
    await context.close();
  }
  const times = accounts.map((lcp) => lcp.startTime);
  const elements = [...new Set(accounts.map((lcp) => lcp.element))].join(', ');
  const bytes = accounts.map((lcp) => lcp.transfer.total / KB);
  const [first] = accounts;
  const kinds = Object.entries(first?.transfer.byKind ?? {})
    .map(([kind, size]) => `${kind} ${(size / KB).toFixed(0)} KB`)
    .join(', ');
  return [
    {
      name: 'accountsPage.lcp',
      value: median(times),
      unit: 'ms',
      baseline: { label: 'static page from the same BFF', value: median(baseline.map((lcp) => lcp.startTime)) },
      goal: { on: 'ratio', atMost: 3 },
      samples: times,
      note: `median of ${RUNS} cold loads, signed in, read after the table's rows painted; LCP element ${elements}`,
    },
    {
      name: 'accountsPage.firstVisitTransfer',
      value: median(bytes),
      unit: 'KB',
      goal: { on: 'value', atMost: 500 },
      samples: bytes,
      note: `bytes on the wire (Resource Timing transferSize: encoded bodies and headers) of a cold visit to /accounts until its rows painted, median of ${RUNS}; first load: ${String(first?.transfer.count)} requests, ${kinds}`,
    },
    {
      name: 'accountsPage.lcpWarmCache',
      value: median(warm),
      unit: 'ms',
      samples: warm,
      note: `the same with the browser cache warm (after one load), median of ${RUNS}`,
    },
  ];
}
