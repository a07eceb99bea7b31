import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { paths, type AccountTab } from '@/config/paths.ts';

export type Crumb = BreadcrumbGroupProps.Item;

const ACCOUNT_TAB_LABELS: Record<AccountTab, string> = {
  overview: 'Overview',
  users: 'Users',
  invitations: 'Invitations',
  settings: 'Settings',
  activity: 'Activity',
};

/**
 * Every page's trail starts at the console, then the section: "Chime Console > Accounts > Acme
 * Corp > Users". Pages name only what comes after the root; PageLayout puts the root first.
 */
export const ROOT_CRUMB: Crumb = { text: 'Chime Console', href: paths.accounts.to() };

export const accountsCrumb: Crumb = { text: 'Accounts', href: paths.accounts.to() };

/** Accounts > the account > its tab (none for the overview, the account's own page). */
export function accountTrail(accountId: string, name: string, tab: AccountTab = 'overview'): Crumb[] {
  return [
    accountsCrumb,
    { text: name, href: paths.account.to(accountId) },
    ...(tab === 'overview' ? [] : [{ text: ACCOUNT_TAB_LABELS[tab], href: paths.account.to(accountId, tab) }]),
  ];
}

export const accountTabLabel = (tab: AccountTab) => ACCOUNT_TAB_LABELS[tab];
