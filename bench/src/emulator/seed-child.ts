import { randomUUID } from 'node:crypto';
import { startEmulator } from '@chime-console/chime-emulator';
import { BENCH_CREDENTIALS } from './paths.ts';

// One measurement per fresh process, so the RSS is this seed's alone. Prints `measured {json}`,
// then `listening on <url>`, and serves until killed.
export interface SeedMeasurement {
  startMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  accountIds: string[];
  /** Only in empty mode: building the same number of plain user records, a machine-speed reference. */
  plainRecordsMs?: number;
}

const [mode, usersArg] = process.argv.slice(2);
const users = Number(usersArg);
if ((mode !== 'empty' && mode !== 'seeded') || !Number.isInteger(users)) throw new Error('usage: seed-child.ts empty|seeded <users>');
const { gc } = globalThis;
if (gc === undefined) throw new Error('seed-child.ts needs --expose-gc');

const started = performance.now();
const emulator = await startEmulator({
  port: 0,
  credentials: [BENCH_CREDENTIALS],
  seed: mode === 'seeded' ? { set: 'generated', users } : { set: 'empty' },
});
const startMs = performance.now() - started;
gc();
const { rss, heapUsed, heapTotal } = process.memoryUsage();
const measurement: SeedMeasurement = {
  startMs,
  rssBytes: rss,
  heapUsedBytes: heapUsed,
  heapTotalBytes: heapTotal,
  accountIds: [...emulator.store.accounts.values()].map((r) => r.account.AccountId),
};
if (mode === 'empty') measurement.plainRecordsMs = timePlainRecords(users);
console.log(`measured ${JSON.stringify(measurement)}`);
console.log(`listening on ${emulator.endpoint}`);

/** The least a store could do per user: an id, strings, two timestamps, an array slot and two map entries. */
function timePlainRecords(count: number): number {
  const t0 = performance.now();
  const list: object[] = [];
  const byId = new Map<string, object>();
  const byEmail = new Map<string, object>();
  const now = Date.now();
  for (let n = 0; n < count; n++) {
    const record = {
      UserId: randomUUID(),
      PrimaryEmail: `user${n}@plain.example`,
      DisplayName: `User ${n}`,
      InvitedOn: new Date(now - (n % 60) * 86_400_000).toISOString(),
      RegisteredOn: new Date(now - (n % 59) * 86_400_000).toISOString(),
    };
    list.push(record);
    byId.set(record.UserId, record);
    byEmail.set(record.PrimaryEmail, record);
  }
  const elapsed = performance.now() - t0;
  if (list.length !== byId.size || byEmail.size !== count) throw new Error('plain records lost');
  return elapsed;
}
