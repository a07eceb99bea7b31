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

/** Standings repeated by weight, to draw from with one random number. */
const weighted = (weights: Partial<Record<SeedStanding, number>>): SeedStanding[] =>
  Object.entries(weights).flatMap(([standing, weight]) => Array<SeedStanding>(weight).fill(standing as SeedStanding));

// Invitations exist only in Team accounts (InviteUsers refuses the others), so Enterprise users are
// created directly and carry no invitation status. Team accounts drop suspended users, so only
// EnterpriseLWA sets contain Suspended ones.
const ENTERPRISE = weighted({ created: 7, unregistered: 3 });
const STANDINGS_BY_TYPE: Record<AccountType, SeedStanding[]> = {
  Team: weighted({ registered: 7, pending: 2, failed: 1 }),
  EnterpriseLWA: weighted({ created: 6, unregistered: 3, 'created-suspended': 1 }),
  EnterpriseOIDC: ENTERPRISE,
  EnterpriseDirectory: ENTERPRISE,
};

/** Large deterministic accounts for scans, pagination and benchmarks. Returns the new account IDs. */
export function seedGenerated(store: ChimeStore, set: GeneratedSet, referenceMs = Date.now()): string[] {
  const seed = set.seed ?? 1;
  const previousIds = store.ids;
  store.ids = seededIds(seed);
  const clock = seedClock(referenceMs, seed);
  const type = set.accountType ?? 'Team';
  const standings = STANDINGS_BY_TYPE[type];
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
