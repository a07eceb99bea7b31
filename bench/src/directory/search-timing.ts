import { percentile } from '../bff/stats.ts';
import type { Figure } from '../lib/figures.ts';
import { searchDirectory, type Database } from './bff-modules.ts';

/** The search box's default page of hits. */
const SEARCH_LIMIT = 20;

/** What people type, one keystroke at a time: each prefix is a query the box sends. */
const TYPED = ['priya', 'chen', 'ada.l', 'lovelace', 'priya ch', 'org17', 'kenji.tanaka.9'];

const keystrokes = (text: string) => Array.from({ length: text.length }, (_, index) => text.slice(0, index + 1));

export interface SearchTimes {
  /** Every search, each a prefix of a typed query or a pasted user ID. */
  search: number[];
  /** The baseline: the user by ID through its primary-key-like index, timed once after each search. */
  lookup: number[];
  /** The slowest query and its time, for the note. */
  slowest: { query: string; ms: number };
  queries: number;
}

/**
 * Every prefix of the typed queries, plus a pasted user ID, `rounds` times after one warm-up round;
 * each search followed by the trivial lookup so both share the machine's noise. A search that finds
 * nobody for a name the data surely holds is a wrong result, not a slow one.
 */
export async function timeSearches(db: Database, rounds: number): Promise<SearchTimes> {
  const [known] = await db.query<{ user_id: string }>('SELECT user_id FROM directory_users ORDER BY user_id LIMIT 1 OFFSET 4321');
  if (known === undefined) throw new Error('the generated directory is empty');
  const queries = [...TYPED.flatMap(keystrokes), known.user_id];
  const times: SearchTimes = { search: [], lookup: [], slowest: { query: '', ms: 0 }, queries: queries.length };
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      let started = performance.now();
      const hits = await searchDirectory(db, query, SEARCH_LIMIT);
      const searched = performance.now() - started;
      if (TYPED.includes(query) && hits.length === 0) throw new Error(`search for "${query}" found nobody`);
      started = performance.now();
      const found = await db.query('SELECT record FROM directory_users WHERE user_id = $1', [known.user_id]);
      const looked = performance.now() - started;
      if (found.length !== 1) throw new Error(`lookup of ${known.user_id} found ${found.length} rows`);
      if (round === 0) continue;
      times.search.push(searched);
      times.lookup.push(looked);
      if (searched > times.slowest.ms) times.slowest = { query, ms: searched };
    }
  }
  return times;
}

/** The search figure: p95 against the 50 ms goal, the trivial lookup's p95 as the baseline. */
export function searchFigure(name: string, times: SearchTimes, rounds: number): Figure {
  return {
    name,
    value: percentile(times.search, 0.95),
    unit: 'ms',
    baseline: { label: 'user-ID lookup p95', value: percentile(times.lookup, 0.95) },
    goal: { on: 'value', atMost: 50 },
    note: `${times.queries} as-you-type queries × ${rounds} rounds; p50 ${percentile(times.search, 0.5).toFixed(2)} ms; slowest "${times.slowest.query}" ${times.slowest.ms.toFixed(1)} ms`,
  };
}
