import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applySeed, ControlError } from '../control/control-api.ts';
import { ChimeStore, type StoreSnapshot } from '../state/store.ts';
import { LICENSES, type User } from '../state/types.ts';
import { seedDemo } from './demo.ts';
import { seedGenerated } from './generated.ts';
import {
  generatedAccountSizes,
  generatedSizeProblem,
  MAX_GENERATED_ACCOUNTS,
  MAX_GENERATED_TOTAL_USERS,
  MAX_GENERATED_USERS,
} from './generated-size.ts';

const DAY_MS = 86_400_000;
const REFERENCE_MS = Date.UTC(2026, 0, 15, 12, 0, 0);

function demoSnapshot(referenceMs = REFERENCE_MS): StoreSnapshot {
  const store = new ChimeStore();
  seedDemo(store, referenceMs);
  return store.snapshot();
}

const allUsers = (snapshot: StoreSnapshot): User[] => snapshot.accounts.flatMap((a) => a.users);

describe('the demo seed', () => {
  const demo = demoSnapshot();
  const users = allUsers(demo);

  it('is identical in two fresh stores seeded at the same reference time', () => {
    assert.deepEqual(demoSnapshot(), demo);
  });

  it('keeps its IDs, emails and PINs when the reference time changes; only timestamps move', () => {
    const later = demoSnapshot(REFERENCE_MS + 10 * DAY_MS);
    assert.notDeepEqual(later, demo);
    const identity = (s: StoreSnapshot) => allUsers(s).map((u) => [u.UserId, u.PrimaryEmail, u.PersonalPIN, u.UserRegistrationStatus]);
    assert.deepEqual(identity(later), identity(demo));
    assert.deepEqual(
      later.accounts.map((a) => a.account.AccountId),
      demo.accounts.map((a) => a.account.AccountId),
    );
    const shift =
      Date.parse(later.accounts[0]?.account.CreatedTimestamp ?? '') - Date.parse(demo.accounts[0]?.account.CreatedTimestamp ?? '');
    assert.equal(shift, 10 * DAY_MS);
  });

  it('does not disturb the store’s own ID source', () => {
    const store = new ChimeStore();
    const before = store.ids;
    seedDemo(store, REFERENCE_MS);
    assert.equal(store.ids, before);
  });

  it('has Team, EnterpriseLWA and EnterpriseOIDC accounts', () => {
    const types = new Set(demo.accounts.map((a) => a.account.AccountType));
    for (const type of ['Team', 'EnterpriseLWA', 'EnterpriseOIDC'] as const) assert.ok(types.has(type), `no ${type} account`);
    assert.equal(demo.accounts.length, 4);
    assert.equal(new Set(demo.accounts.map((a) => a.account.AccountId)).size, demo.accounts.length);
  });

  it('has a few hundred users, each with a unique email and ID', () => {
    assert.ok(users.length >= 200 && users.length <= 1000, `${users.length} users`);
    assert.equal(new Set(users.map((u) => u.PrimaryEmail.toLowerCase())).size, users.length);
    assert.equal(new Set(users.map((u) => u.UserId)).size, users.length);
  });

  it('contains every registration status and every invitation status', () => {
    assert.deepEqual(new Set(users.map((u) => u.UserRegistrationStatus)), new Set(['Unregistered', 'Registered', 'Suspended']));
    assert.deepEqual(new Set(users.flatMap((u) => u.UserInvitationStatus ?? [])), new Set(['Pending', 'Accepted', 'Failed']));
    assert.ok(
      users.some((u) => u.UserInvitationStatus === undefined),
      'some users were created directly, not invited',
    );
  });

  it('uses every license and both user types', () => {
    assert.deepEqual(new Set(users.map((u) => u.LicenseType)), new Set(LICENSES));
    assert.deepEqual(new Set(users.map((u) => u.UserType)), new Set(['PrivateUser', 'SharedDevice']));
  });

  it('has pending invitations both older and newer than 7 days', () => {
    const ages = users
      .filter((u) => u.UserInvitationStatus === 'Pending')
      .map((u) => (REFERENCE_MS - Date.parse(u.InvitedOn ?? 'missing')) / DAY_MS);
    assert.ok(ages.length > 0);
    assert.ok(
      ages.every((age) => Number.isFinite(age) && age >= 0),
      'every pending invitation has an InvitedOn in the past',
    );
    assert.ok(
      ages.some((age) => age > 7),
      'some pending invitations are older than 7 days',
    );
    assert.ok(
      ages.some((age) => age < 7),
      'some pending invitations are newer than 7 days',
    );
  });

  it('is internally consistent: licenses supported, statuses and dates agree, no suspended Team users', () => {
    for (const { account, users: accountUsers } of demo.accounts) {
      for (const user of accountUsers) {
        const who = `${user.PrimaryEmail} in ${account.Name}`;
        assert.equal(user.AccountId, account.AccountId, who);
        assert.ok(account.SupportedLicenses.includes(user.LicenseType), `${who} has unsupported ${user.LicenseType}`);
        assert.equal(user.RegisteredOn === undefined, user.UserRegistrationStatus === 'Unregistered', `${who} RegisteredOn`);
        assert.equal(user.InvitedOn === undefined, user.UserInvitationStatus === undefined, `${who} InvitedOn`);
        assert.match(user.PersonalPIN, /^\d{10}$/, who);
        if (account.AccountType === 'Team') assert.notEqual(user.UserRegistrationStatus, 'Suspended', who);
        for (const stamp of [user.RegisteredOn, user.InvitedOn]) {
          if (stamp !== undefined) assert.ok(Date.parse(stamp) <= REFERENCE_MS, `${who} has a future timestamp ${stamp}`);
        }
      }
      assert.ok(account.SupportedLicenses.includes(account.DefaultLicense), account.Name);
      assert.ok(Date.parse(account.CreatedTimestamp) < REFERENCE_MS, account.Name);
    }
  });

  it('indexes its users by email in the store', () => {
    const store = new ChimeStore();
    seedDemo(store, REFERENCE_MS);
    for (const record of store.accounts.values()) {
      for (const user of record.users.values()) {
        assert.equal(store.accountIdForEmail(user.PrimaryEmail.toUpperCase()), record.account.AccountId);
        assert.equal(store.findUserByEmail(record, user.PrimaryEmail), user);
      }
    }
  });

  it('when seeded into a store that already holds it, then it is refused (409) and nothing changes', () => {
    const store = new ChimeStore();
    applySeed(store, { set: 'demo' });
    const before = store.snapshot();
    assert.throws(
      () => applySeed(store, { set: 'demo' }),
      (error: unknown) => {
        assert.ok(error instanceof ControlError);
        assert.equal(error.status, 409);
        assert.match(error.message, /already loaded/);
        return true;
      },
    );
    assert.deepEqual(store.snapshot(), before);
  });
});

describe('the generated seed', () => {
  it('creates 5,000 users with distinct emails and IDs in one Team account', () => {
    const store = new ChimeStore();
    const [accountId, ...rest] = seedGenerated(store, { users: 5_000 }, REFERENCE_MS);
    assert.equal(rest.length, 0);
    assert.ok(accountId !== undefined);
    const record = store.requireAccount(accountId);
    assert.equal(record.account.AccountType, 'Team');
    assert.equal(record.users.size, 5_000);
    const users = [...record.users.values()];
    assert.equal(new Set(users.map((u) => u.PrimaryEmail)).size, 5_000);
    assert.equal(new Set(users.map((u) => u.UserId)).size, 5_000);
    assert.ok(users.every((u) => store.accountIdForEmail(u.PrimaryEmail) === accountId));
    assert.deepEqual(new Set(users.map((u) => u.UserRegistrationStatus)), new Set(['Registered', 'Unregistered']));
    assert.deepEqual(new Set(users.map((u) => u.UserInvitationStatus)), new Set(['Accepted', 'Pending', 'Failed']));
  });

  it('is deterministic for the same seed number and reference time', () => {
    const a = new ChimeStore();
    const b = new ChimeStore();
    seedGenerated(a, { users: 300, accounts: 2, seed: 7 }, REFERENCE_MS);
    seedGenerated(b, { users: 300, accounts: 2, seed: 7 }, REFERENCE_MS);
    assert.deepEqual(a.snapshot(), b.snapshot());
  });

  it('creates several accounts of the requested type, name prefix and size', () => {
    const store = new ChimeStore();
    const ids = seedGenerated(store, { users: 50, accounts: 3, accountType: 'EnterpriseLWA', namePrefix: 'Load' }, REFERENCE_MS);
    assert.equal(ids.length, 3);
    const records = ids.map((id) => store.requireAccount(id));
    assert.deepEqual(
      records.map((r) => r.account.Name),
      ['Load 1', 'Load 2', 'Load 3'],
    );
    assert.ok(records.every((r) => r.account.AccountType === 'EnterpriseLWA' && r.users.size === 50));
    const emails = records.flatMap((r) => [...r.users.values()].map((u) => u.PrimaryEmail));
    assert.equal(new Set(emails).size, 150, 'emails are unique across the generated accounts');
    assert.ok(records.some((r) => [...r.users.values()].some((u) => u.UserRegistrationStatus === 'Suspended')));
  });

  for (const accountType of ['EnterpriseLWA', 'EnterpriseOIDC'] as const) {
    it(`when the accounts are ${accountType}, then no user has an invitation, as only Team accounts can invite`, () => {
      const store = new ChimeStore();
      const [accountId = ''] = seedGenerated(store, { users: 500, accountType }, REFERENCE_MS);
      const users = [...store.requireAccount(accountId).users.values()];
      const invited = users.filter((u) => u.UserInvitationStatus !== undefined || u.InvitedOn !== undefined);
      assert.deepEqual(
        invited.map((u) => u.PrimaryEmail),
        [],
      );
      const expected = accountType === 'EnterpriseLWA' ? ['Registered', 'Unregistered', 'Suspended'] : ['Registered', 'Unregistered'];
      assert.deepEqual(new Set(users.map((u) => u.UserRegistrationStatus)), new Set(expected));
      for (const user of users)
        assert.equal(user.RegisteredOn === undefined, user.UserRegistrationStatus === 'Unregistered', user.PrimaryEmail);
    });
  }

  it('through applySeed, a second generated set gets new IDs and emails', () => {
    const store = new ChimeStore();
    const first = applySeed(store, { set: 'generated', users: 100 });
    const second = applySeed(store, { set: 'generated', users: 100 });
    assert.equal(first.length, 1);
    assert.equal(second.length, 1);
    assert.notEqual(first[0], second[0]);
    const users = [...store.accounts.values()].flatMap((r) => [...r.users.values()]);
    assert.equal(users.length, 200);
    assert.equal(new Set(users.map((u) => u.PrimaryEmail)).size, 200);
    assert.equal(new Set(users.map((u) => u.UserId)).size, 200);
  });

  it('through applySeed, a generated set after an account was deleted still gets new IDs', () => {
    const store = new ChimeStore();
    const [first] = applySeed(store, { set: 'generated', users: 3 });
    applySeed(store, { set: 'generated', users: 3 });
    assert.ok(first !== undefined);
    store.removeAccount(first);
    const third = applySeed(store, { set: 'generated', users: 3 });
    const ids = [...store.accounts.values()].map((r) => r.account.AccountId);
    assert.equal(new Set(ids).size, ids.length, `duplicate account IDs: ${ids.join(', ')}`);
    assert.equal(third.length, 1);
  });
});

describe('a generated set spread over many accounts', () => {
  const store = new ChimeStore();
  const accountIds = seedGenerated(store, { totalUsers: 10_007, accounts: 1000, seed: 3 }, REFERENCE_MS);
  const records = accountIds.map((id) => store.requireAccount(id));
  const users = records.flatMap((record) => [...record.users.values()]);

  it('spreads the total as evenly as it divides, the remainder going to the first accounts', () => {
    assert.deepEqual(generatedAccountSizes({ totalUsers: 100_000, accounts: 1000 }), Array<number>(1000).fill(100));
    assert.deepEqual(generatedAccountSizes({ totalUsers: 10, accounts: 4 }), [3, 3, 2, 2]);
    assert.deepEqual(generatedAccountSizes({ totalUsers: 2, accounts: 3 }), [1, 1, 0]);
    assert.deepEqual(generatedAccountSizes({ users: 5, accounts: 3 }), [5, 5, 5]);
    assert.deepEqual(
      records.map((record) => record.users.size),
      [...Array<number>(7).fill(11), ...Array<number>(993).fill(10)],
    );
    assert.equal(users.length, 10_007);
  });

  it('names the accounts Generated 1 to 1000, each with its own email domain', () => {
    assert.deepEqual(
      records.map((record) => record.account.Name),
      Array.from({ length: 1000 }, (_, i) => `Generated ${i + 1}`),
    );
    const domainsByAccount = records.map((record) => new Set([...record.users.values()].map((u) => u.PrimaryEmail.split('@')[1])));
    assert.ok(domainsByAccount.every((domains) => domains.size === 1));
    assert.equal(new Set(domainsByAccount.map((domains) => [...domains][0])).size, 1000);
  });

  it('gives every user a unique lower-case first.last.<n> email and ID across all the accounts', () => {
    assert.equal(new Set(users.map((u) => u.PrimaryEmail)).size, users.length);
    assert.equal(new Set(users.map((u) => u.UserId)).size, users.length);
    for (const record of records) {
      [...record.users.values()].forEach((user, n) => {
        const [first = '', last = ''] = (user.DisplayName ?? '').toLowerCase().split(' ');
        assert.ok(user.PrimaryEmail.startsWith(`${first}.${last}.${n}@org`), `${user.PrimaryEmail} for ${user.DisplayName}`);
        assert.equal(store.accountIdForEmail(user.PrimaryEmail), record.account.AccountId);
      });
    }
  });

  it('has varied people: hundreds of display names, both licenses and user types, every Team invitation standing', () => {
    assert.ok(new Set(users.map((u) => u.DisplayName)).size > 400, 'most of the 500 first and last name pairs appear');
    assert.deepEqual(new Set(users.map((u) => u.LicenseType)), new Set(['Basic', 'Pro']));
    assert.deepEqual(new Set(users.map((u) => u.UserType)), new Set(['PrivateUser', 'SharedDevice']));
    assert.deepEqual(new Set(users.map((u) => u.UserInvitationStatus)), new Set(['Accepted', 'Pending', 'Failed']));
    assert.deepEqual(new Set(users.map((u) => u.UserRegistrationStatus)), new Set(['Registered', 'Unregistered']));
    const pendingAges = users
      .filter((u) => u.UserInvitationStatus === 'Pending')
      .map((u) => (REFERENCE_MS - Date.parse(u.InvitedOn ?? '')) / DAY_MS);
    assert.ok(pendingAges.some((age) => age > 7) && pendingAges.some((age) => age < 7), 'pending invitations older and newer than 7 days');
  });

  it('is internally consistent: licenses supported, dates agree and predate the reference time', () => {
    for (const { account, users: accountUsers } of records) {
      for (const user of accountUsers.values()) {
        assert.ok(account.SupportedLicenses.includes(user.LicenseType), user.PrimaryEmail);
        assert.equal(user.RegisteredOn === undefined, user.UserRegistrationStatus === 'Unregistered', user.PrimaryEmail);
        for (const stamp of [user.RegisteredOn, user.InvitedOn]) {
          if (stamp !== undefined)
            assert.ok(Date.parse(stamp) >= Date.parse(account.CreatedTimestamp), `${user.PrimaryEmail} before its account`);
        }
      }
    }
  });

  it('is the same for the same seed and different for another', () => {
    const again = new ChimeStore();
    seedGenerated(again, { totalUsers: 10_007, accounts: 1000, seed: 3 }, REFERENCE_MS);
    assert.deepEqual(again.snapshot(), store.snapshot());
    const other = new ChimeStore();
    seedGenerated(other, { totalUsers: 10_007, accounts: 1000, seed: 4 }, REFERENCE_MS);
    const emails = (s: ChimeStore) => [...s.accounts.values()].flatMap((r) => [...r.users.values()].map((u) => u.PrimaryEmail));
    assert.ok(
      emails(other).every((email) => store.accountIdForEmail(email) === undefined),
      'no email of one seed is in the other',
    );
  });

  it('gives Enterprise accounts the Plus license as well, and no invitations', () => {
    const enterprise = new ChimeStore();
    const ids = seedGenerated(enterprise, { totalUsers: 600, accounts: 3, accountType: 'EnterpriseOIDC' }, REFERENCE_MS);
    const enterpriseUsers = ids.flatMap((id) => [...enterprise.requireAccount(id).users.values()]);
    assert.deepEqual(new Set(enterpriseUsers.map((u) => u.LicenseType)), new Set(['Basic', 'Plus', 'Pro']));
    assert.ok(enterpriseUsers.every((u) => u.UserInvitationStatus === undefined));
  });

  it('through applySeed, a second spread set gets new account IDs and emails', () => {
    const twice = new ChimeStore();
    const first = applySeed(twice, { set: 'generated', totalUsers: 50, accounts: 20 });
    const second = applySeed(twice, { set: 'generated', totalUsers: 50, accounts: 20 });
    assert.equal(new Set([...first, ...second]).size, 40);
    const all = [...twice.accounts.values()].flatMap((r) => [...r.users.values()]);
    assert.equal(new Set(all.map((u) => u.PrimaryEmail)).size, 100);
  });
});

describe('the bounds of a generated set', () => {
  for (const size of [
    { users: 0 },
    { users: MAX_GENERATED_USERS },
    { users: MAX_GENERATED_USERS, accounts: 10 },
    { totalUsers: MAX_GENERATED_TOTAL_USERS, accounts: 10 },
    { totalUsers: MAX_GENERATED_TOTAL_USERS, accounts: MAX_GENERATED_ACCOUNTS },
    { totalUsers: 0, accounts: MAX_GENERATED_ACCOUNTS },
  ]) {
    it(`accepts ${JSON.stringify(size)}`, () => {
      assert.equal(generatedSizeProblem(size), undefined);
    });
  }

  for (const [size, field, reason] of [
    [{}, 'users', /exactly one of users .* and totalUsers/],
    [{ users: 1, totalUsers: 1 }, 'users', /exactly one/],
    [{ users: 1, accounts: 0 }, 'accounts', /from 1 to 10,000 \(got 0\)/],
    [{ totalUsers: 1, accounts: MAX_GENERATED_ACCOUNTS + 1 }, 'accounts', /from 1 to 10,000/],
    [{ totalUsers: 1, accounts: 1.5 }, 'accounts', /from 1 to 10,000/],
    [{ users: -1 }, 'users', /whole number/],
    [{ totalUsers: 2.5 }, 'totalUsers', /whole number/],
    [{ users: MAX_GENERATED_USERS + 1 }, 'users', /at most 100,000 users in one account/],
    [{ totalUsers: MAX_GENERATED_USERS + 1 }, 'totalUsers', /at most 100,000 users in one account/],
    [{ users: MAX_GENERATED_USERS, accounts: 11 }, 'users', /at most 1,000,000 users in all \(this set has 1,100,000\)/],
    [{ totalUsers: MAX_GENERATED_TOTAL_USERS + 1, accounts: 100 }, 'totalUsers', /at most 1,000,000 users in all/],
  ] as const) {
    it(`refuses ${JSON.stringify(size)}, naming ${field}`, () => {
      const problem = generatedSizeProblem(size);
      assert.ok(problem);
      assert.equal(problem.field, field);
      assert.match(problem.message, reason);
    });
  }

  it('when seedGenerated is called out of bounds, then it throws and adds nothing', () => {
    const store = new ChimeStore();
    assert.throws(() => seedGenerated(store, { totalUsers: MAX_GENERATED_TOTAL_USERS + 1, accounts: 100 }), RangeError);
    assert.equal(store.accounts.size, 0);
  });
});
