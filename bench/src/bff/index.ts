import type { Suite } from '../lib/suite.ts';
import { pageLatency } from './page-latency.ts';
import { statusScan } from './status-scan.ts';
import { usersPageThroughput } from './throughput.ts';

export const bffSuite: Suite = {
  name: 'bff',
  benchmarks: [
    { name: 'users page latency vs direct SDK call', run: pageLatency },
    { name: 'users page throughput vs bare node:http + SDK', run: usersPageThroughput },
    { name: 'status-filter scan of 100,000 users vs direct page reads', run: statusScan },
  ],
};
