/** A path with those of the parameters that have a value. */
function withSearch(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** Every route's URL, built in one place so links and the router agree. */
export const paths = {
  signIn: { pattern: '/sign-in', to: (returnTo?: string) => (returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in') },
  changePassword: { pattern: '/change-password', to: () => '/change-password' },
  accounts: { pattern: '/accounts', to: () => '/accounts' },
  account: {
    pattern: '/accounts/:accountId/:tab?',
    to: (accountId: string, tab: AccountTab = 'overview', search = '') =>
      `/accounts/${encodeURIComponent(accountId)}${tab === 'overview' ? '' : `/${tab}`}${search}`,
  },
  user: {
    pattern: '/accounts/:accountId/users/:userId',
    to: (accountId: string, userId: string) => `/accounts/${encodeURIComponent(accountId)}/users/${encodeURIComponent(userId)}`,
  },
  /** `q` searches the directory index; `email` asks Chime for exactly that email (links from tickets and invitations). */
  findUser: {
    pattern: '/find-user',
    to: ({ q, email }: { q?: string; email?: string } = {}) => withSearch('/find-user', { q, email }),
  },
  /** Filtered to what was done to one account, or one of its users ("View in audit log" on a user's history). */
  audit: {
    pattern: '/audit',
    to: ({ accountId, userId }: { accountId?: string; userId?: string } = {}) => withSearch('/audit', { accountId, userId }),
  },
  consoleUsers: { pattern: '/console-users', to: () => '/console-users' },
  invitations: { pattern: '/invitations', to: () => '/invitations' },
  jobs: { pattern: '/jobs', to: () => '/jobs' },
  job: { pattern: '/jobs/:jobId', to: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}` },
} as const;

export const ACCOUNT_TABS = ['overview', 'users', 'invitations', 'settings', 'activity'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
