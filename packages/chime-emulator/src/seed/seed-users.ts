import { seededRandom } from '../state/random.ts';
import type { AccountRecord, ChimeStore } from '../state/store.ts';
import type { Account, AccountType, InvitationStatus, License, RegistrationStatus, User, UserType } from '../state/types.ts';

const DAY_MS = 86_400_000;

export interface SeedClock {
  /** Every seeded timestamp is this instant minus some deterministic age. */
  referenceMs: number;
  random: () => number;
  /** Timestamps by age in days: a seed has a few hundred distinct ones, shared by all its users. */
  stamps: Map<number, string>;
}

export const seedClock = (referenceMs: number, seed: number): SeedClock => ({ referenceMs, random: seededRandom(seed), stamps: new Map() });

export function daysAgo(clock: SeedClock, days: number): string {
  let stamp = clock.stamps.get(days);
  if (stamp === undefined) {
    stamp = new Date(clock.referenceMs - days * DAY_MS).toISOString();
    clock.stamps.set(days, stamp);
  }
  return stamp;
}

export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

export interface SeedAccount {
  name: string;
  type: AccountType;
  supportedLicenses: License[];
  defaultLicense: License;
  ageDays: number;
  settings?: { DisableRemoteControl: boolean; EnableDialOut: boolean };
}

export function seedAccount(store: ChimeStore, clock: SeedClock, spec: SeedAccount): AccountRecord {
  const account: Account = {
    AwsAccountId: store.awsAccountId,
    AccountId: store.ids.uuid(),
    Name: spec.name,
    AccountType: spec.type,
    CreatedTimestamp: daysAgo(clock, spec.ageDays),
    DefaultLicense: spec.defaultLicense,
    SupportedLicenses: spec.supportedLicenses,
    AccountStatus: 'Active',
    SigninDelegateGroups: spec.type === 'EnterpriseLWA' ? [{ GroupName: 'chime-users' }] : [],
  };
  return store.addAccount(account, spec.settings ?? { DisableRemoteControl: false, EnableDialOut: false });
}

/** Where a seeded user stands: registered, invited and waiting, failed, or suspended. */
export type SeedStanding = 'registered' | 'pending' | 'failed' | 'suspended' | 'created' | 'unregistered' | 'created-suspended';

export interface SeedUser {
  email: string;
  displayName: string;
  license: License;
  userType: UserType;
  standing: SeedStanding;
  /** Age of the invitation or registration, in days. */
  ageDays: number;
}

const STANDINGS: Record<SeedStanding, { registration: RegistrationStatus; invitation?: InvitationStatus }> = {
  registered: { registration: 'Registered', invitation: 'Accepted' },
  pending: { registration: 'Unregistered', invitation: 'Pending' },
  failed: { registration: 'Unregistered', invitation: 'Failed' },
  suspended: { registration: 'Suspended', invitation: 'Accepted' },
  created: { registration: 'Registered' },
  // Created (not invited) and never signed in: how Enterprise accounts get Unregistered users.
  unregistered: { registration: 'Unregistered' },
  // Created, signed in, then suspended: an EnterpriseLWA member who was never invited.
  'created-suspended': { registration: 'Suspended' },
};

export function seedUser(store: ChimeStore, record: AccountRecord, clock: SeedClock, spec: SeedUser): User {
  const { registration, invitation } = STANDINGS[spec.standing];
  const invitedOn = invitation === undefined ? undefined : daysAgo(clock, spec.ageDays);
  const user: User = {
    UserId: store.ids.uuid(),
    AccountId: record.account.AccountId,
    PrimaryEmail: spec.email,
    DisplayName: spec.displayName,
    LicenseType: spec.license,
    UserType: spec.userType,
    UserRegistrationStatus: registration,
    ...(invitation !== undefined && { UserInvitationStatus: invitation }),
    ...(invitedOn !== undefined && { InvitedOn: invitedOn }),
    ...(registration !== 'Unregistered' && { RegisteredOn: daysAgo(clock, Math.max(0, spec.ageDays - 1)) }),
    PersonalPIN: store.ids.pin(),
  };
  return store.addUser(record, user);
}
