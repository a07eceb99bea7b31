import type { Suite } from '../lib/suite.ts';
import { pgliteSearch } from './pglite-search.ts';
import { postgresDirectory } from './postgres-directory.ts';

export const directorySuite: Suite = {
  name: 'directory',
  benchmarks: [
    { name: 'search, invitations overview and users tab over 1,000,000 indexed users on PostgreSQL', run: postgresDirectory },
    { name: 'search over 100,000 indexed users on PGlite', run: pgliteSearch },
  ],
};
