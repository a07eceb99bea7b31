import { seededIds } from '../state/random.ts';
import type { ChimeStore } from '../state/store.ts';
import type { AccountType, License } from '../state/types.ts';
import { seedAccount, seedUser, seedClock, type SeedStanding } from './seed-users.ts';

export interface GeneratedSet {
  /** Users per account, up to 100,000. */
  users: number;
  accounts?: number;
  accountType?: AccountType;
  namePrefix?: string;
  seed?: number;
}

export const MAX_GENERATED_USERS = 100_000;

const LICENSES: License[] = ['Basic', 'Pro'];

/** Large deterministic accounts for scans, pagination and benchmarks. Returns the new account IDs. */
export function seedGenerated(store: ChimeStore, set: GeneratedSet, referenceMs = Date.now()): string[] {
  const seed = set.seed ?? 1;
  const previousIds = store.ids;
  store.ids = seededIds(seed);
  const clock = seedClock(referenceMs, seed);
  const type = set.accountType ?? 'Team';
  // Team accounts drop suspended users, so only EnterpriseLWA sets contain Suspended ones.
  const standings: SeedStanding[] =
    type === 'EnterpriseLWA'
      ? ['registered', 'registered', 'registered', 'registered', 'registered', 'registered', 'pending', 'pending', 'failed', 'suspended']
      : ['registered', 'registered', 'registered', 'registered', 'registered', 'registered', 'registered', 'pending', 'pending', 'failed'];
  try {
    const accountIds: string[] = [];
    for (let a = 1; a <= (set.accounts ?? 1); a++) {
      const name = `${set.namePrefix ?? 'Generated'} ${a}`;
      const record = seedAccount(store, clock, { name, type, supportedLicenses: ['Basic', 'Pro'], defaultLicense: 'Pro', ageDays: 30 });
      const domain = `${store.ids.uuid().slice(0, 8)}.generated.example`;
      for (let n = 0; n < set.users; n++) {
        seedUser(store, record, clock, {
          // Joined for one flat string: a template literal keeps its pieces alive in every stored email.
          email: ['user', n, '@', domain].join(''),
          displayName: `User ${n}`,
          license: LICENSES[n % 2] as License,
          userType: 'PrivateUser',
          standing: standings[Math.floor(clock.random() * standings.length)] as SeedStanding,
          ageDays: n % 60,
        });
      }
      accountIds.push(record.account.AccountId);
    }
    return accountIds;
  } finally {
    store.ids = previousIds;
  }
}
