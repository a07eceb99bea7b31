import type { Suite } from '../lib/suite.ts';
import { listUsersThroughput } from './list-users-throughput.ts';
import { seed100k } from './seed-100k.ts';

export const emulatorSuite: Suite = {
  name: 'emulator',
  benchmarks: [
    { name: 'ListUsers throughput vs bare node:http', run: listUsersThroughput },
    { name: 'seed 100,000 users vs empty emulator', run: seed100k },
  ],
};
