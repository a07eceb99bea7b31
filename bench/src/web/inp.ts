import type { Figure } from '../lib/figures.ts';
import { arrayMember, isRecord } from '../lib/json.ts';
import { median, newContext } from './browser.ts';
import type { Browser, Page, StorageState } from './playwright-api.ts';
import { BASELINE_PAGE } from './build-spa.ts';
import { READ_EVENT_TIMING, START_EVENT_TIMING, USERS_SHOWN, untilTrue } from './in-page.ts';

const RUNS = 5;
const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup']);
/** The Event Timing API reports nothing shorter: a run without entries is "at most 16 ms". */
const FLOOR_MS = 16;
const KEY_DELAY_MS = 50;

/** The field typed into, found as a person finds it. */
interface Field {
  role: 'searchbox' | 'combobox';
  name: string;
}

/** The users tab's token filter: free text finds users whose name or email contains it, as it is typed. */
const USERS_FILTER: Field = { role: 'combobox', name: 'Filter users' };
const BASELINE_FIELD: Field = { role: 'searchbox', name: 'Exact email' };

interface Typing {
  /** Longest keyboard event while typing the email, or the floor. */
  typing: number;
  /** Including the Enter that runs the search. */
  withEnter: number;
}

async function typeInto(
  browser: Browser,
  bffUrl: string,
  state: StorageState,
  path: string,
  ready: string,
  field: Field,
  email: string,
): Promise<Typing> {
  const context = await newContext(browser, bffUrl, state);
  try {
    const page = await context.newPage();
    await page.goto(path);
    await page.evaluate(untilTrue(ready));
    await page.getByRole(field.role, { name: field.name }).click();
    await page.evaluate(START_EVENT_TIMING);
    await page.keyboard.type(email, { delay: KEY_DELAY_MS });
    const typed = await readKeyEvents(page);
    await page.evaluate(START_EVENT_TIMING);
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');
    const entered = await readKeyEvents(page);
    const typing = Math.max(FLOOR_MS, ...typed);
    return { typing, withEnter: Math.max(typing, ...entered) };
  } finally {
    await context.close();
  }
}

async function readKeyEvents(page: Page): Promise<number[]> {
  const entries: unknown = await page.evaluate(READ_EVENT_TIMING);
  if (!Array.isArray(entries)) throw new Error('Event Timing entries were not read back');
  return entries.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.name === 'string' && KEY_EVENTS.has(entry.name) && typeof entry.duration === 'number'
      ? [entry.duration]
      : [],
  );
}

/** An existing user's email, so the search finds one and renders it. */
async function someEmail(browser: Browser, bffUrl: string, state: StorageState, accountId: string): Promise<string> {
  const context = await newContext(browser, bffUrl, state);
  try {
    const response = await context.request.get(`/api/accounts/${accountId}/users?pageSize=1`);
    const [user] = arrayMember(await response.json(), 'items') ?? [];
    if (!isRecord(user) || typeof user.email !== 'string') throw new Error(`no user with an email in account ${accountId}`);
    return user.email;
  } finally {
    await context.close();
  }
}

/**
 * INP of typing an email into the users tab's filter (1,000-user account): the longest keyboard
 * event (Event Timing API, entries of 16 ms or more) per run, median of the runs; the baseline is
 * the same typing into a plain input on a static page.
 */
export async function usersFilterInp(browser: Browser, bffUrl: string, state: StorageState, accountId: string): Promise<Figure[]> {
  const email = await someEmail(browser, bffUrl, state, accountId);
  const users: Typing[] = [];
  const baseline: Typing[] = [];
  for (let run = 0; run < RUNS; run++) {
    users.push(await typeInto(browser, bffUrl, state, `/accounts/${accountId}/users`, USERS_SHOWN, USERS_FILTER, email));
    baseline.push(
      await typeInto(browser, bffUrl, state, `/${BASELINE_PAGE}`, "document.querySelector('h1') !== null", BASELINE_FIELD, email),
    );
  }
  const typing = users.map((run) => run.typing);
  const withEnter = users.map((run) => run.withEnter);
  const floorNote = `${FLOOR_MS} ms is the API's floor: no keyboard event reported means at most that`;
  return [
    {
      name: 'usersFilter.inpTyping',
      value: median(typing),
      unit: 'ms',
      baseline: { label: 'typing into a static page', value: median(baseline.map((run) => run.typing)) },
      goal: { on: 'value', atMost: 100 },
      samples: typing,
      note: `${email.length} keys ${KEY_DELAY_MS} ms apart, longest keyboard event per run, median of ${RUNS}; ${floorNote}`,
    },
    {
      name: 'usersFilter.inpWithEnter',
      value: median(withEnter),
      unit: 'ms',
      baseline: { label: 'typing into a static page', value: median(baseline.map((run) => run.withEnter)) },
      goal: { on: 'value', atMost: 100 },
      samples: withEnter,
      note: 'the same, with the Enter that makes the text a filter token (its request and the re-render it starts)',
    },
  ];
}
