import { seededIds } from '../state/random.ts';
import type { ChimeStore } from '../state/store.ts';
import type { AccountType, License } from '../state/types.ts';
import { FIRST_NAMES, LAST_NAMES } from './people-names.ts';
import { pick, seedAccount, seedUser, seedClock, type SeedStanding } from './seed-users.ts';

interface DemoAccount {
  name: string;
  domain: string;
  type: AccountType;
  supportedLicenses: License[];
  defaultLicense: License;
  users: number;
  /** Standings to cycle through, weighted by repetition. */
  standings: SeedStanding[];
  settings: { DisableRemoteControl: boolean; EnableDialOut: boolean };
}

// A Team account in the middle of onboarding, an EnterpriseLWA account with suspended people, an
// EnterpriseOIDC account, and a small trial: every status, license and invitation age appears.
const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    name: 'Acme Corp',
    domain: 'acme.example',
    type: 'Team',
    supportedLicenses: ['Basic', 'Pro'],
    defaultLicense: 'Pro',
    users: 140,
    standings: ['registered', 'registered', 'registered', 'pending', 'pending', 'failed', 'created'],
    settings: { DisableRemoteControl: false, EnableDialOut: true },
  },
  {
    name: 'Globex Enterprise',
    domain: 'globex.example',
    type: 'EnterpriseLWA',
    supportedLicenses: ['Basic', 'Plus', 'Pro', 'ProTrial'],
    defaultLicense: 'Plus',
    users: 120,
    // Invitations exist only in Team accounts.
    standings: ['registered', 'registered', 'registered', 'registered', 'suspended', 'unregistered'],
    settings: { DisableRemoteControl: true, EnableDialOut: false },
  },
  {
    name: 'Initech SSO',
    domain: 'initech.example',
    type: 'EnterpriseOIDC',
    supportedLicenses: ['Basic', 'Plus', 'Pro'],
    defaultLicense: 'Pro',
    users: 60,
    standings: ['registered', 'registered', 'created'],
    settings: { DisableRemoteControl: false, EnableDialOut: false },
  },
  {
    name: 'Umbrella Trial',
    domain: 'umbrella.example',
    type: 'Team',
    supportedLicenses: ['Basic', 'Pro', 'ProTrial'],
    defaultLicense: 'ProTrial',
    users: 12,
    standings: ['pending', 'registered', 'failed'],
    settings: { DisableRemoteControl: false, EnableDialOut: false },
  },
];

export const DEMO_SEED = 20260220;

/**
 * The demo set: the same accounts, users, IDs and PINs on every run; ages count back from
 * `referenceMs`. Returns the new account IDs.
 */
export function seedDemo(store: ChimeStore, referenceMs = Date.now()): string[] {
  const previousIds = store.ids;
  store.ids = seededIds(DEMO_SEED);
  const clock = seedClock(referenceMs, DEMO_SEED);
  try {
    return DEMO_ACCOUNTS.map((spec, index) => {
      const record = seedAccount(store, clock, { ...spec, ageDays: 400 - index * 90 });
      for (let n = 0; n < spec.users; n++) {
        const first = FIRST_NAMES[n % FIRST_NAMES.length] as string;
        const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length] as string;
        const standing = spec.standings[n % spec.standings.length] as SeedStanding;
        seedUser(store, record, clock, {
          email: `${first}.${last}${n >= FIRST_NAMES.length * LAST_NAMES.length ? n : ''}@${spec.domain}`.toLowerCase(),
          displayName: `${first} ${last}`,
          license: pick(clock.random, spec.supportedLicenses),
          userType: n % 17 === 0 ? 'SharedDevice' : 'PrivateUser',
          standing,
          ageDays: Math.floor(clock.random() * (standing === 'pending' ? 30 : 365)),
        });
      }
      return record.account.AccountId;
    });
  } finally {
    store.ids = previousIds;
  }
}
