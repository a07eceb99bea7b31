import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChimeStore, StoreConflictError } from './store.ts';
import type { Account, User } from './types.ts';

const account = (AccountId: string): Account => ({
  AwsAccountId: '123456789012',
  AccountId,
  Name: AccountId,
  AccountType: 'Team',
  CreatedTimestamp: '2026-01-01T00:00:00.000Z',
  DefaultLicense: 'Pro',
  SupportedLicenses: ['Pro'],
  AccountStatus: 'Active',
  SigninDelegateGroups: [],
});

const user = (UserId: string, AccountId: string, PrimaryEmail: string): User => ({
  UserId,
  AccountId,
  PrimaryEmail,
  LicenseType: 'Pro',
  UserType: 'PrivateUser',
  UserRegistrationStatus: 'Unregistered',
  PersonalPIN: '0000000000',
});

const SETTINGS = { DisableRemoteControl: false, EnableDialOut: false };

describe('ChimeStore.allOrNothing', () => {
  it('when an added user clashes with an existing email, then the accounts added so far are removed', () => {
    const store = new ChimeStore();
    const existing = store.addAccount(account('a1'), SETTINGS);
    store.addUser(existing, user('u1', 'a1', 'taken@example.com'));
    const before = store.snapshot();

    assert.throws(() => {
      store.allOrNothing(() => {
        const added = store.addAccount(account('a2'), SETTINGS);
        store.addUser(added, user('u2', 'a2', 'new@example.com'));
        store.addUser(added, user('u3', 'a2', 'TAKEN@example.com'));
      });
    }, StoreConflictError);

    assert.deepEqual(store.snapshot(), before);
    assert.equal(store.accountIdForEmail('new@example.com'), undefined);
    assert.equal(store.accountIdForEmail('taken@example.com'), 'a1');
  });

  it('when an added account ID exists, then it is refused as a conflict', () => {
    const store = new ChimeStore();
    store.addAccount(account('a1'), SETTINGS);
    assert.throws(() => store.allOrNothing(() => store.addAccount(account('a1'), SETTINGS)), StoreConflictError);
    assert.equal(store.accounts.size, 1);
  });
});
