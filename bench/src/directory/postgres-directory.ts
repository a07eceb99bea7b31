import { randomBytes } from 'node:crypto';
import type { Figure } from '../lib/figures.ts';
import { percentile } from '../bff/stats.ts';
import {
  countIndexedUsers,
  invitationOverview,
  migrate,
  openDatabase,
  readIndexedUsers,
  type Database,
  type IndexedFilters,
} from './bff-modules.ts';
import { generateDirectory, largestAccountId, type DirectoryShape } from './generated-directory.ts';
import { searchFigure, timeSearches } from './search-timing.ts';

/** The local PostgreSQL the project's tests use; BENCH_DATABASE_URL points elsewhere. */
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SHAPE: DirectoryShape = { accounts: 1000, users: 1_000_000, largestAccountUsers: 100_000 };
const SEARCH_ROUNDS = 5;
const OVERVIEW_RUNS = 10;
const USERS_TAB_ROUNDS = 30;
const PAGE_SIZE = 50;

/**
 * 1,000 accounts and 1,000,000 users generated in a fresh schema of PostgreSQL (dropped after), then
 * the BFF's own queries in-process: search as you type, the invitations overview, and the users tab
 * of the 100,000-user account with and without a status filter.
 */
export async function postgresDirectory(): Promise<Figure[]> {
  const schema = `bench_dir_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ url: DATABASE_URL, dataDir: 'unused', schema });
  try {
    await migrate(db);
    const started = performance.now();
    await generateDirectory(db, SHAPE);
    console.log(`  generated ${SHAPE.users.toLocaleString('en-US')} users in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return [...(await searchFigures(db)), ...(await overviewFigures(db)), ...(await usersTabFigures(db))];
  } finally {
    await db.exec(`DROP SCHEMA ${schema} CASCADE`).finally(() => db.close());
  }
}

async function searchFigures(db: Database): Promise<Figure[]> {
  const times = await timeSearches(db, SEARCH_ROUNDS);
  return [searchFigure('search.postgres1M.latencyP95', times, SEARCH_ROUNDS)];
}

/** Baseline: one count over the same invitation rows, the least any overview has to read. */
async function overviewFigures(db: Database): Promise<Figure[]> {
  const overview: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run <= OVERVIEW_RUNS; run++) {
    let started = performance.now();
    const answer = await invitationOverview(db);
    const took = performance.now() - started;
    if (answer.accounts.length !== SHAPE.accounts) throw new Error(`the overview listed ${answer.accounts.length} accounts`);
    started = performance.now();
    await db.query('SELECT count(*) FROM directory_users WHERE invitation_status IS NOT NULL');
    if (run === 0) continue;
    floor.push(performance.now() - started);
    overview.push(took);
  }
  return [
    {
      name: 'invitationOverview.postgres1M.latencyP95',
      value: percentile(overview, 0.95),
      unit: 'ms',
      baseline: { label: 'count of invited users p95', value: percentile(floor, 0.95) },
      goal: { on: 'value', atMost: 200 },
      note: `${OVERVIEW_RUNS} runs after 1 warm-up; p50 ${percentile(overview, 0.5).toFixed(1)} ms`,
      samples: overview,
    },
  ];
}

/** A users-tab page and its exact total, as the BFF answers them together. */
async function usersTab(db: Database, accountId: string, filters: IndexedFilters): Promise<number> {
  const started = performance.now();
  const [page, total] = await Promise.all([
    readIndexedUsers(db, accountId, filters, { limit: PAGE_SIZE + 1 }),
    countIndexedUsers(db, accountId, filters),
  ]);
  const took = performance.now() - started;
  if (page.length !== PAGE_SIZE + 1 || total < PAGE_SIZE) throw new Error(`users tab read ${page.length} users of ${total}`);
  return took;
}

async function usersTabFigures(db: Database): Promise<Figure[]> {
  const accountId = await largestAccountId(db);
  const filtered: number[] = [];
  const unfiltered: number[] = [];
  for (let round = 0; round <= USERS_TAB_ROUNDS; round++) {
    const [first, second] = round % 2 === 0 ? [filtered, unfiltered] : [unfiltered, filtered];
    const a = await usersTab(db, accountId, first === filtered ? { registrationStatus: 'Registered' } : {});
    const b = await usersTab(db, accountId, second === filtered ? { registrationStatus: 'Registered' } : {});
    if (round === 0) continue;
    first.push(a);
    second.push(b);
  }
  return [
    {
      name: 'usersTab.postgres100k.statusFilterP50',
      value: percentile(filtered, 0.5),
      unit: 'ms',
      baseline: { label: 'unfiltered page + total p50', value: percentile(unfiltered, 0.5) },
      goal: { on: 'ratio', atMost: 1.2 },
      note: `registrationStatus=Registered (60% of ${SHAPE.largestAccountUsers.toLocaleString('en-US')} users), page of ${PAGE_SIZE} + exact total; ${USERS_TAB_ROUNDS} rounds`,
    },
  ];
}
