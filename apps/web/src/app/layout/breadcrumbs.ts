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

const TAB_LABELS = new Set<string>(Object.values(ACCOUNT_TAB_LABELS));

/**
 * The window's title names the page's subject, most specific first, so tabs, history and screen
 * readers tell pages apart: "ana@example.com · Chime Console", "Users · Acme Corp · Chime Console".
 */
export function pageTitle(trail: Crumb[]): string {
  const [last, before] = [...trail].reverse();
  const subject = last !== undefined && before !== undefined && TAB_LABELS.has(last.text) ? [last, before] : [last];
  return [...subject.flatMap((crumb) => (crumb === undefined ? [] : [crumb.text])), ROOT_CRUMB.text].join(TITLE_SEPARATOR);
}

const TITLE_SEPARATOR = ' · ';

/** What the page is about, from its title: "ana@example.com" (the console's own name left out). */
export function pageSubject(title: string): string | undefined {
  const parts = title.split(TITLE_SEPARATOR).slice(0, -1);
  return parts.length === 0 ? undefined : parts.join(TITLE_SEPARATOR);
}
