import { setFlagsFromString } from 'node:v8';

/**
 * The sweep (and a CSV export) holds each page of 200 users across database awaits, long enough to
 * outlive V8's default young generation and be promoted; the old generation, and the process's RSS,
 * then grows until a lazy full collection: about 120 MB over a sweep of 100,000 users at 10 calls/s.
 * With 32 MB semi-spaces those pages die young (about 10 MB). Imported first by the entry points, so
 * it is set before anything allocates much; a size given in NODE_OPTIONS or on the command line wins.
 */
const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((option) => option.includes('semi-space-size'));
if (!given) setFlagsFromString('--max-semi-space-size=32');
