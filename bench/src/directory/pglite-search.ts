import type { Figure } from '../lib/figures.ts';
import { migrate, openDatabase } from './bff-modules.ts';
import { generateDirectory, type DirectoryShape } from './generated-directory.ts';
import { searchFigure, timeSearches } from './search-timing.ts';

const SHAPE: DirectoryShape = { accounts: 100, users: 100_000, largestAccountUsers: 1000 };
const ROUNDS = 5;

/** The same searches on PGlite in memory (the single-process deployment), over 100,000 users. */
export async function pgliteSearch(): Promise<Figure[]> {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db);
    await generateDirectory(db, SHAPE);
    const times = await timeSearches(db, ROUNDS);
    return [searchFigure('search.pglite100k.latencyP95', times, ROUNDS)];
  } finally {
    await db.close();
  }
}
