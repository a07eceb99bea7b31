import type { Figure } from '../lib/figures.ts';
import type { RunningChild } from '../lib/child.ts';
import { startBulkStack } from './bulk-stack.ts';
import { pacingFigures, runJob } from './run-job.ts';

const USERS = 10_000;
const CHUNK = 20;

/** The license of 10,000 users changed (500 calls of 20) with BatchUpdateUser limited to 10 calls/s, burst 10. */
export async function license10k(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  try {
    const stack = await startBulkStack(USERS, children);
    const userIds: string[] = [];
    let licenses = new Set<string>();
    for (let cursor: string | undefined, first = true; first || cursor !== undefined; first = false) {
      const page = (await stack.api('GET', `/api/accounts/${stack.accountId}/users?pageSize=200${cursor ? `&cursor=${cursor}` : ''}`)) as {
        items: { id: string; licenseType?: string }[];
        nextCursor?: string;
      };
      for (const user of page.items) userIds.push(user.id);
      licenses = new Set([...licenses, ...page.items.map((user) => user.licenseType ?? '')]);
      cursor = page.nextCursor;
    }
    const target = licenses.has('Pro') && licenses.size === 1 ? 'Basic' : 'Pro';
    const run = await runJob(stack, 'BatchUpdateUser', { kind: 'license', userIds, licenseType: target });
    const calls = USERS / CHUNK;
    return [
      ...pacingFigures('license', run, calls),
      {
        name: 'license.lost',
        value: USERS - run.job.counts.ok,
        unit: 'users',
        goal: { on: 'value', atMost: 0 },
        note: `not changed to ${target}`,
      },
      {
        name: 'license.duplicated',
        value: Math.max(0, run.succeeded - calls) * CHUNK,
        unit: 'users',
        goal: { on: 'value', atMost: 0 },
        note: `${run.succeeded} successful calls for ${calls} chunks`,
      },
    ];
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}
