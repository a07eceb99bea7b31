import { seededIds } from '../state/random.ts';
import type { AccountRecord, ChimeStore } from '../state/store.ts';
import type { AccountType, License, UserType } from '../state/types.ts';
import { generatedAccountSizes, generatedSizeProblem, type GeneratedSize } from './generated-size.ts';
import { FIRST_NAMES, LAST_NAMES } from './people-names.ts';
import { pick, seedAccount, seedUser, seedClock, type SeedClock, type SeedStanding } from './seed-users.ts';

export interface GeneratedSet extends GeneratedSize {
  accountType?: AccountType;
  namePrefix?: string;
  seed?: number;
}

/** Values repeated by weight, to draw from with one random number. */
const weighted = <T extends string>(weights: Partial<Record<T, number>>): T[] =>
  (Object.entries(weights) as [T, number][]).flatMap(([value, weight]) => Array<T>(weight).fill(value));

interface AccountProfile {
  supportedLicenses: License[];
  licenses: License[];
  standings: SeedStanding[];
}

// Invitations exist only in Team accounts (InviteUsers refuses the others), so Enterprise users are
// created directly and carry no invitation status. Team accounts drop suspended users, so only
// EnterpriseLWA sets contain Suspended ones. Plus is an Enterprise license; Team accounts offer
// Basic and Pro, as CreateAccount makes them.
const ENTERPRISE_LICENSES: Pick<AccountProfile, 'supportedLicenses' | 'licenses'> = {
  supportedLicenses: ['Basic', 'Plus', 'Pro'],
  licenses: weighted<License>({ Pro: 5, Plus: 3, Basic: 2 }),
};
const ENTERPRISE_STANDINGS = weighted<SeedStanding>({ created: 7, unregistered: 3 });
const PROFILES: Record<AccountType, AccountProfile> = {
  Team: {
    supportedLicenses: ['Basic', 'Pro'],
    licenses: weighted<License>({ Pro: 3, Basic: 2 }),
    standings: weighted<SeedStanding>({ registered: 7, pending: 2, failed: 1 }),
  },
  EnterpriseLWA: { ...ENTERPRISE_LICENSES, standings: weighted<SeedStanding>({ created: 6, unregistered: 3, 'created-suspended': 1 }) },
  EnterpriseOIDC: { ...ENTERPRISE_LICENSES, standings: ENTERPRISE_STANDINGS },
  EnterpriseDirectory: { ...ENTERPRISE_LICENSES, standings: ENTERPRISE_STANDINGS },
};

/** One in twenty users is a shared device (a meeting-room kit) rather than a person. */
const USER_TYPES = weighted<UserType>({ PrivateUser: 19, SharedDevice: 1 });

/**
 * Every first and last name pair, built once: a user's display name is one of these shared strings,
 * and its email starts with the matching lower-case stem ("ada.chen."), so a million users add
 * no name strings of their own beyond their email.
 */
const PEOPLE = FIRST_NAMES.flatMap((first) =>
  LAST_NAMES.map((last) => ({ displayName: `${first} ${last}`, emailStem: `${first}.${last}.`.toLowerCase() })),
);

/**
 * Large deterministic sets for scans, pagination, directory searches and benchmarks: accounts named
 * "<prefix> 1" to "<prefix> N", each with its own email domain, holding people with varied names,
 * licenses and standings. Returns the new account IDs.
 */
export function seedGenerated(store: ChimeStore, set: GeneratedSet, referenceMs = Date.now()): string[] {
  const problem = generatedSizeProblem(set);
  if (problem) throw new RangeError(`Generated set ${problem.field}: ${problem.message}.`);
  const seed = set.seed ?? 1;
  const previousIds = store.ids;
  store.ids = seededIds(seed);
  const clock = seedClock(referenceMs, seed);
  const type = set.accountType ?? 'Team';
  const profile = PROFILES[type];
  try {
    return generatedAccountSizes(set).map((users, index) => {
      const record = seedAccount(store, clock, {
        name: `${set.namePrefix ?? 'Generated'} ${index + 1}`,
        type,
        supportedLicenses: profile.supportedLicenses,
        defaultLicense: 'Pro',
        ageDays: 400,
      });
      // The number makes the domain unique within the set; the random part, across sets.
      const domain = ['org', index + 1, '-', store.ids.uuid().slice(0, 8), '.generated.example'].join('');
      for (let n = 0; n < users; n++) seedPerson(store, record, clock, profile, n, domain);
      return record.account.AccountId;
    });
  } finally {
    store.ids = previousIds;
  }
}

function seedPerson(store: ChimeStore, record: AccountRecord, clock: SeedClock, profile: AccountProfile, n: number, domain: string): void {
  const person = pick(clock.random, PEOPLE);
  const standing = pick(clock.random, profile.standings);
  seedUser(store, record, clock, {
    // Joined for one flat string: a template literal keeps its pieces alive in every stored email.
    email: [person.emailStem, n, '@', domain].join(''),
    displayName: person.displayName,
    license: pick(clock.random, profile.licenses),
    userType: pick(clock.random, USER_TYPES),
    standing,
    ageDays: Math.floor(clock.random() * (standing === 'pending' ? 30 : 365)),
  });
}
