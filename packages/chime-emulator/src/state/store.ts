import { NotFoundException } from '../protocol/errors.ts';
import { immutableRecord } from '../protocol/perf/json-body.ts';
import { cryptoIds, type IdSource } from './random.ts';
import { OrderedCollection } from './ordered-collection.ts';
import type { Account, AccountSettings, User } from './types.ts';

export interface AccountRecord {
  account: Account;
  settings: AccountSettings;
  users: OrderedCollection<User>;
  usersByEmail: Map<string, User>;
}

/**
 * The persisted form. Sequence numbers are kept so that a page token issued before a restart
 * still points at the same place after it.
 */
export interface StoreSnapshot {
  version: 1;
  nextSeq: number;
  accounts: { seq: number; account: Account; settings: AccountSettings; users: User[]; userSeqs: number[] }[];
}

export const DEFAULT_AWS_ACCOUNT_ID = '123456789012';

const emailKey = (email: string) => email.toLowerCase();

/** An account ID or email that already exists where it must be unique. */
export class StoreConflictError extends Error {}

/**
 * All Chime state: accounts, their settings and users, and the one index that spans accounts (a
 * person's email belongs to at most one Chime account). Business rules live in the operations;
 * the store keeps the indexes consistent.
 */
export class ChimeStore {
  readonly accounts = new OrderedCollection<AccountRecord>((record) => record.account.AccountId);
  private readonly accountIdByEmail = new Map<string, string>();
  private nextSeq = 1;
  private readonly changeListeners = new Set<() => void>();

  ids: IdSource;
  readonly awsAccountId: string;

  constructor(ids: IdSource = cryptoIds, awsAccountId = DEFAULT_AWS_ACCOUNT_ID) {
    this.ids = ids;
    this.awsAccountId = awsAccountId;
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  addAccount(account: Account, settings: AccountSettings, seq = this.nextSeq++): AccountRecord {
    if (this.accounts.get(account.AccountId)) throw new StoreConflictError(`Account ${account.AccountId} already exists.`);
    const record = { account, settings, users: new OrderedCollection<User>((u) => u.UserId), usersByEmail: new Map<string, User>() };
    this.accounts.append(seq, record);
    return record;
  }

  requireAccount(accountId: string): AccountRecord {
    const record = this.accounts.get(accountId);
    if (!record) throw new NotFoundException(`The requested account ${accountId} was not found.`);
    return record;
  }

  removeAccount(accountId: string): void {
    const record = this.accounts.remove(accountId);
    for (const user of record?.users.values() ?? []) this.accountIdByEmail.delete(emailKey(user.PrimaryEmail));
  }

  accountIdForEmail(email: string): string | undefined {
    return this.accountIdByEmail.get(emailKey(email));
  }

  /**
   * Keeps the invariant that an email belongs to one user in one account. The user is frozen and
   * stored as given, not copied: callers hand over a new object, and seeding 100,000 users made a
   * copy of each one garbage.
   */
  addUser(record: AccountRecord, user: User, seq = this.nextSeq++): User {
    const key = emailKey(user.PrimaryEmail);
    const holder = this.accountIdByEmail.get(key);
    if (holder !== undefined) throw new StoreConflictError(`Email ${user.PrimaryEmail} already belongs to a user in account ${holder}.`);
    const stored = immutableRecord(user);
    record.users.append(seq, stored);
    record.usersByEmail.set(key, stored);
    this.accountIdByEmail.set(key, record.account.AccountId);
    return stored;
  }

  /** Replaces a user with a changed copy; the email, and so the indexes' keys, never change. */
  updateUser(record: AccountRecord, user: User, changes: Partial<Omit<User, 'UserId' | 'AccountId' | 'PrimaryEmail'>>): User {
    const next = immutableRecord({ ...user, ...changes });
    record.users.replace(user.UserId, next);
    record.usersByEmail.set(emailKey(user.PrimaryEmail), next);
    return next;
  }

  findUserByEmail(record: AccountRecord, email: string): User | undefined {
    return record.usersByEmail.get(emailKey(email));
  }

  requireUser(record: AccountRecord, userId: string): User {
    const user = record.users.get(userId);
    if (!user) throw new NotFoundException(`The requested user ${userId} was not found in account ${record.account.AccountId}.`);
    return user;
  }

  removeUser(record: AccountRecord, userId: string): void {
    const user = record.users.remove(userId);
    if (!user) return;
    record.usersByEmail.delete(emailKey(user.PrimaryEmail));
    this.accountIdByEmail.delete(emailKey(user.PrimaryEmail));
  }

  clear(): void {
    for (const record of [...this.accounts.values()]) this.removeAccount(record.account.AccountId);
    this.nextSeq = 1;
  }

  /**
   * Runs `add` (which adds accounts and their users) as one change: when it throws, the accounts it
   * added are removed and the sequence rewound, so the store is as it was. Seeding straight into
   * the store, rather than into a scratch store merged afterwards, keeps a large set from being
   * built twice.
   */
  allOrNothing<T>(add: () => T): T {
    const accountsBefore = this.accounts.size;
    const seqBefore = this.nextSeq;
    try {
      return add();
    } catch (error) {
      for (const entry of this.accounts.entries().slice(accountsBefore)) this.removeAccount(entry.value.account.AccountId);
      this.nextSeq = seqBefore;
      throw error;
    }
  }

  snapshot(): StoreSnapshot {
    return {
      version: 1,
      nextSeq: this.nextSeq,
      accounts: this.accounts.entries().map(({ seq, value: { account, settings, users } }) => ({
        seq,
        account,
        settings,
        users: [...users.values()],
        userSeqs: users.entries().map((entry) => entry.seq),
      })),
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.clear();
    for (const { seq, account, settings, users, userSeqs } of snapshot.accounts) {
      const record = this.addAccount(account, settings, seq);
      users.forEach((user, index) => this.addUser(record, user, userSeqs[index]));
    }
    this.nextSeq = snapshot.nextSeq;
  }
}
