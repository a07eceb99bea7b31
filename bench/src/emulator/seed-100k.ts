import { ChimeClient, ListUsersCommand } from '@aws-sdk/client-chime';
import { launchChild, type RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { isRecord } from '../lib/json.ts';
import type { SeedMeasurement } from './seed-child.ts';
import { BENCH_CREDENTIALS, localScript } from './paths.ts';

const USERS = 100_000;
const MB = 1024 * 1024;

/** Seeding 100,000 users in a fresh process, against an empty emulator in another fresh process. */
export async function seed100k(): Promise<Figure[]> {
  // One at a time, and the empty one stopped first: two children side by side on two cores would
  // slow each other.
  const empty = await measureChild('empty');
  await empty.child.stop();
  const seeded = await measureChild('seeded');
  try {
    const accountId = seeded.measurement.accountIds[0];
    if (seeded.measurement.accountIds.length !== 1 || accountId === undefined) {
      throw new Error(`expected one seeded account, got ${JSON.stringify(seeded.measurement.accountIds)}`);
    }
    const pageUsers = await smokeListUsers(seeded.child.url, accountId);
    if (pageUsers !== 100) throw new Error(`smoke ListUsers through the SDK returned ${pageUsers} users, expected 100`);
    return toFigures(empty.measurement, seeded.measurement, pageUsers);
  } finally {
    await seeded.child.stop();
  }
}

function toFigures(empty: SeedMeasurement, seeded: SeedMeasurement, pageUsers: number): Figure[] {
  const overEmpty = seeded.rssBytes - empty.rssBytes;
  return [
    {
      name: 'seed100k.wallTime',
      value: seeded.startMs / 1000,
      unit: 's',
      baseline: { label: `building ${USERS.toLocaleString('en-US')} plain records`, value: (empty.plainRecordsMs ?? 0) / 1000 },
      goal: { on: 'value', atMost: 5 },
      note: `an empty emulator starts in ${Math.round(empty.startMs)} ms`,
    },
    {
      name: 'seed100k.rss',
      value: seeded.rssBytes / MB,
      unit: 'MB',
      baseline: { label: 'empty emulator', value: empty.rssBytes / MB },
      goal: { on: 'value', atMost: 300 },
      note: `heap used/committed ${heap(seeded)} vs ${heap(empty)}`,
    },
    {
      name: 'seed100k.rssOverEmpty',
      value: overEmpty / MB,
      unit: 'MB',
      note: `${Math.round(overEmpty / USERS)} B per user`,
    },
    { name: 'seed100k.smokeListUsersPage', value: pageUsers, unit: 'users', goal: { on: 'value', atLeast: 100, atMost: 100 } },
  ];
}

const heap = (m: SeedMeasurement) => `${Math.round(m.heapUsedBytes / MB)}/${Math.round(m.heapTotalBytes / MB)} MB`;

async function measureChild(mode: 'empty' | 'seeded'): Promise<{ child: RunningChild; measurement: SeedMeasurement }> {
  const child = await launchChild(localScript('seed-child.ts'), [mode, String(USERS)], {
    name: `seed child (${mode})`,
    nodeArgs: ['--expose-gc'],
    timeoutMs: 60_000,
  });
  try {
    const line = child.lines.find((l) => l.startsWith('measured '));
    if (line === undefined) throw new Error(`seed child (${mode}) printed no measurement: ${child.lines.join('\n')}`);
    return { child, measurement: parseMeasurement(line.slice('measured '.length)) };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

function parseMeasurement(json: string): SeedMeasurement {
  const value: unknown = JSON.parse(json);
  if (!isRecord(value) || typeof value.startMs !== 'number' || typeof value.rssBytes !== 'number' || !Array.isArray(value.accountIds)) {
    throw new Error(`unexpected seed measurement: ${json}`);
  }
  return value as unknown as SeedMeasurement;
}

async function smokeListUsers(endpoint: string, accountId: string): Promise<number> {
  const client = new ChimeClient({ endpoint, region: 'us-east-1', maxAttempts: 1, credentials: BENCH_CREDENTIALS });
  try {
    const page = await client.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 100 }));
    return page.Users?.length ?? 0;
  } finally {
    client.destroy();
  }
}
