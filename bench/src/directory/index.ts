import type { Suite } from '../lib/suite.ts';
import { fullSweep } from './full-sweep.ts';
import { pgliteSearch } from './pglite-search.ts';
import { postgresDirectory } from './postgres-directory.ts';
import { replicaJobs } from './replica-jobs.ts';

export const directorySuite: Suite = {
  name: 'directory',
  benchmarks: [
    { name: 'search, invitations overview and users tab over 1,000,000 indexed users on PostgreSQL', run: postgresDirectory },
    { name: 'search over 100,000 indexed users on PGlite', run: pgliteSearch },
    { name: 'first sweep of 1,000 accounts × 100 users under a 10 calls/s limit vs the optimum', run: fullSweep },
    { name: 'three replicas on PostgreSQL each running a 2,500-email invite job under one 10 calls/s limit', run: replicaJobs },
  ],
};
