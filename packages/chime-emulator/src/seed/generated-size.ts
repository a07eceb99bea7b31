/** How many users a generated set makes: either so many in each account, or so many in all. */
export interface GeneratedSize {
  /** Users in each account. */
  users?: number;
  /** Users in all, spread over the accounts as evenly as they divide; the first accounts take the remainder. */
  totalUsers?: number;
  accounts?: number;
}

// 100,000 users in one account is the largest a benchmark lists. A million in all, at about 0.5 KB
// of heap a user, took 5 s to seed and a 700 MB RSS (2 cores): well under the default Node heap.
export const MAX_GENERATED_USERS = 100_000;
export const MAX_GENERATED_TOTAL_USERS = 1_000_000;
export const MAX_GENERATED_ACCOUNTS = 10_000;

export interface GeneratedSizeProblem {
  field: keyof GeneratedSize;
  message: string;
}

const count = (n: number) => n.toLocaleString('en-US');
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** What is out of bounds in a set's size, naming the field; undefined when the set may be generated. */
export function generatedSizeProblem({ users, totalUsers, accounts = 1 }: GeneratedSize): GeneratedSizeProblem | undefined {
  if ((users === undefined) === (totalUsers === undefined)) {
    return { field: 'users', message: 'give exactly one of users (in each account) and totalUsers (spread over the accounts)' };
  }
  if (!isCount(accounts) || accounts < 1 || accounts > MAX_GENERATED_ACCOUNTS) {
    return { field: 'accounts', message: `accounts must be from 1 to ${count(MAX_GENERATED_ACCOUNTS)} (got ${accounts})` };
  }
  const field = users === undefined ? 'totalUsers' : 'users';
  const asked = users ?? totalUsers ?? 0;
  if (!isCount(asked)) return { field, message: `${field} must be a whole number of at least 0 (got ${asked})` };
  const total = users === undefined ? asked : asked * accounts;
  const largest = users === undefined ? Math.ceil(asked / accounts) : asked;
  if (largest > MAX_GENERATED_USERS) {
    return { field, message: `at most ${count(MAX_GENERATED_USERS)} users in one account (this set puts ${count(largest)} in one)` };
  }
  if (total > MAX_GENERATED_TOTAL_USERS) {
    return { field, message: `at most ${count(MAX_GENERATED_TOTAL_USERS)} users in all (this set has ${count(total)})` };
  }
  return undefined;
}

/** The number of users in each account of a set whose size is within bounds. */
export function generatedAccountSizes({ users, totalUsers, accounts = 1 }: GeneratedSize): number[] {
  if (users !== undefined) return Array<number>(accounts).fill(users);
  const total = totalUsers ?? 0;
  const base = Math.floor(total / accounts);
  const remainder = total % accounts;
  return Array.from({ length: accounts }, (_, index) => base + (index < remainder ? 1 : 0));
}
