import { Agent, request } from 'node:http';
import { ListUsersCommand } from '@aws-sdk/client-chime';
import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { httpRequest } from '../lib/http.ts';
import { arrayMember, isRecord } from '../lib/json.ts';
import { MB } from './stats.ts';
import { startStack, stopAll, withMemorySampling, type BffStack, type MemoryWindow } from './stack.ts';

const USERS = 100_000;
const UPSTREAM_PAGE = 200;
/** The BFF's MAX_SCAN_PAGES: upstream pages read per request before it answers with a cursor. */
const PAGES_PER_REQUEST = 100;
const ROUNDS = 3;

interface DirectScan {
  /** Sum of the ListUsers call times, each timed on its own. */
  pageMs: number;
  pages: number;
  users: number;
  registered: number;
  suspended: number;
  nextToken?: string | undefined;
  done: boolean;
}

interface PagedScan {
  /** Sum of the BFF request times, from first request to last answer minus the direct reads between them. */
  ms: number;
  requests: number;
  upstreamPages: number;
  upstreamItems: number;
  matches: number;
  cursor?: string | undefined;
  done: boolean;
}

interface CsvScan {
  ms: number;
  rows: number;
  bytes: number;
}

interface Round {
  direct: DirectScan;
  paged: PagedScan & { memory: MemoryWindow };
  csv: CsvScan & { memory: MemoryWindow };
}

/**
 * A registration-status filter over a 100,000-user account: Chime cannot filter on it, so the BFF
 * reads every upstream page. Baseline: the same 500 pages read directly through the SDK in the same
 * run, interleaved with the BFF's requests (100 direct pages, one BFF request of 100 upstream pages,
 * and so on, the order flipping each time) so both sides share the machine's noise.
 */
export async function statusScan(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  let stack: BffStack | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    stack = await startStack(USERS, children);
    const s = stack;
    // Warm-up, timed for neither side, so neither pays the JIT's first compiles in a round; it is
    // inside the first round's memory window, which therefore starts from a BFF that has scanned nothing.
    const warmUp = async () => {
      await directStep(s, newDirectScan());
      await pagedStep(s, agent, newPagedScan());
    };

    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const first = round === 0;
      const { result, memory } = await withMemorySampling(s.probeUrl, async () => {
        if (first) await warmUp();
        return interleavedScan(s, agent);
      });
      const { direct, paged } = result;
      if (direct.users !== USERS || direct.suspended !== 0) {
        throw new Error(`direct scan read ${direct.users} users (${direct.suspended} suspended), expected ${USERS} and none suspended`);
      }
      if (paged.matches !== 0 || paged.upstreamItems !== USERS || paged.upstreamPages !== direct.pages) {
        throw new Error(`BFF scan: ${JSON.stringify(paged)}; expected no matches over ${USERS} users in ${direct.pages} pages`);
      }
      const csv = await withMemorySampling(s.probeUrl, () => csvExport(s, agent));
      if (csv.result.rows !== direct.registered) {
        throw new Error(`CSV export had ${csv.result.rows} rows, the direct scan counted ${direct.registered} registered users`);
      }
      rounds.push({ direct, paged: { ...paged, memory }, csv: { ...csv.result, memory: csv.memory } });
    }
    return toFigures(rounds);
  } finally {
    agent.destroy();
    await stopAll(stack, children);
  }
}

const newDirectScan = (): DirectScan => ({ pageMs: 0, pages: 0, users: 0, registered: 0, suspended: 0, done: false });
const newPagedScan = (): PagedScan => ({ ms: 0, requests: 0, upstreamPages: 0, upstreamItems: 0, matches: 0, done: false });

async function interleavedScan(stack: BffStack, agent: Agent): Promise<{ direct: DirectScan; paged: PagedScan }> {
  const direct = newDirectScan();
  const paged = newPagedScan();
  for (let step = 0; !direct.done || !paged.done; step++) {
    const bffFirst = step % 2 === 0;
    if (bffFirst && !paged.done) await pagedStep(stack, agent, paged);
    if (!direct.done) await directStep(stack, direct);
    if (!bffFirst && !paged.done) await pagedStep(stack, agent, paged);
  }
  return { direct, paged };
}

/** The next 100 pages (or the rest) of ListUsers, 200 a page, straight through the SDK. */
async function directStep(stack: BffStack, scan: DirectScan): Promise<void> {
  for (let page = 0; page < PAGES_PER_REQUEST && !scan.done; page++) {
    const started = performance.now();
    const output = await stack.sdk.send(
      new ListUsersCommand({ AccountId: stack.accountId, MaxResults: UPSTREAM_PAGE, NextToken: scan.nextToken }),
    );
    scan.pageMs += performance.now() - started;
    scan.pages++;
    for (const user of output.Users ?? []) {
      scan.users++;
      if (user.UserRegistrationStatus === 'Registered') scan.registered++;
      if (user.UserRegistrationStatus === 'Suspended') scan.suspended++;
    }
    scan.nextToken = output.NextToken || undefined;
    scan.done = scan.nextToken === undefined;
  }
}

/** The next page of the Suspended filter, following nextCursor (the BFF stops each request at 100 upstream pages). */
async function pagedStep(stack: BffStack, agent: Agent, scan: PagedScan): Promise<void> {
  const base = `/api/accounts/${stack.accountId}/users?registrationStatus=Suspended&pageSize=200`;
  const path = scan.cursor === undefined ? base : `${base}&cursor=${encodeURIComponent(scan.cursor)}`;
  const started = performance.now();
  const response = await httpRequest(
    new URL(path, stack.bff.url),
    'GET',
    { cookie: stack.cookie, accept: 'application/json' },
    undefined,
    agent,
  );
  const body: unknown = JSON.parse(response.body.toString());
  scan.ms += performance.now() - started;
  const scanned = isRecord(body) && isRecord(body.scan) ? body.scan : undefined;
  if (response.status !== 200 || !isRecord(body) || scanned === undefined) {
    throw new Error(`BFF scan answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
  }
  scan.requests++;
  scan.matches += arrayMember(body, 'items')?.length ?? 0;
  scan.upstreamPages += Number(scanned.upstreamPages);
  scan.upstreamItems += Number(scanned.upstreamItems);
  scan.cursor = typeof body.nextCursor === 'string' ? body.nextCursor : undefined;
  scan.done = scan.cursor === undefined;
}

/** The CSV export of every Registered user, streamed and counted, never held whole. */
async function csvExport(stack: BffStack, agent: Agent): Promise<CsvScan> {
  const url = new URL(`/api/accounts/${stack.accountId}/users.csv?registrationStatus=Registered`, stack.bff.url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie: stack.cookie }, agent }, (res) => {
      let lines = 0;
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`CSV export answered ${res.statusCode}`));
        // The header line is not a user.
        else resolve({ ms: performance.now() - started, rows: lines - 1, bytes });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function toFigures(rounds: Round[]): Figure[] {
  const fastest = <T>(pick: (round: Round) => T, ms: (value: T) => number): T => rounds.map(pick).reduce((a, b) => (ms(b) < ms(a) ? b : a));
  const direct = fastest(
    (r) => r.direct,
    (d) => d.pageMs,
  );
  const paged = fastest(
    (r) => r.paged,
    (p) => p.ms,
  );
  const csv = fastest(
    (r) => r.csv,
    (c) => c.ms,
  );
  const growth = (window: MemoryWindow) => (window.peak.rss - window.before.rss) / MB;
  const worst = (pick: (round: Round) => { memory: MemoryWindow }) =>
    rounds.map((round) => pick(round).memory).reduce((a, b) => (growth(b) > growth(a) ? b : a));
  const baseline = { label: `sum of ${direct.pages} direct ListUsers page times`, value: direct.pageMs / 1000 };
  const best = `best of ${ROUNDS}`;
  const seconds = (values: number[]) => values.map((ms) => ms / 1000);
  return [
    {
      name: 'statusScan.wallTime',
      value: paged.ms / 1000,
      unit: 's',
      baseline,
      goal: { on: 'ratio', atMost: 1.2 },
      samples: seconds(rounds.map((r) => r.paged.ms)),
      note:
        `${paged.requests} requests following nextCursor, interleaved with the direct reads, ${paged.upstreamPages} upstream pages, ${paged.upstreamItems} users, ` +
        `${paged.matches} matches; ${best}, baseline samples ${rounds.map((r) => (r.direct.pageMs / 1000).toFixed(2)).join('/')} s`,
    },
    {
      name: 'statusScan.peakRssGrowth',
      value: growth(worst((r) => r.paged)),
      unit: 'MB',
      goal: { on: 'value', atMost: 100 },
      samples: rounds.map((r) => growth(r.paged.memory)),
      note: `${describe(worst((r) => r.paged))}; worst of ${ROUNDS}`,
    },
    {
      name: 'statusScan.csvWallTime',
      value: csv.ms / 1000,
      unit: 's',
      baseline,
      samples: seconds(rounds.map((r) => r.csv.ms)),
      note: `users.csv?registrationStatus=Registered: ${csv.rows} rows, ${mb(csv.bytes)} MB streamed; ${best}`,
    },
    {
      name: 'statusScan.csvPeakRssGrowth',
      value: growth(worst((r) => r.csv)),
      unit: 'MB',
      samples: rounds.map((r) => growth(r.csv.memory)),
      note: `${describe(worst((r) => r.csv))}; worst of ${ROUNDS}`,
    },
  ];
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** Where the growth went: the V8 heap or outside it (code, buffers, the allocator's slack). */
function describe({ before, peak, samples }: MemoryWindow): string {
  return (
    `BFF RSS ${mb(before.rss)} → peak ${mb(peak.rss)} MB, V8 heap committed ${mb(before.heapTotal)} → ${mb(peak.heapTotal)} MB ` +
    `(used peak ${mb(peak.heapUsed)}), external ${mb(before.external)} → ${mb(peak.external)} MB; ${samples} samples at 50 ms`
  );
}
