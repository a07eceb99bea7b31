import type { Suite } from '../lib/suite.ts';
import { invite10k } from './invite-10k.ts';
import { inviteThroughFaults } from './invite-faults.ts';
import { license10k } from './license-10k.ts';

export const bulkSuite: Suite = {
  name: 'bulk',
  benchmarks: [
    { name: '10,000 invitations under a 10 calls/s limit vs the optimum', run: invite10k },
    { name: 'license change for 10,000 users under a 10 calls/s limit vs the optimum', run: license10k },
    {
      name: '3,000 invitations under a 10 calls/s limit, 10% faults on reads and writes and one kill -9, vs the fault-free optimum',
      run: inviteThroughFaults,
    },
  ],
};
