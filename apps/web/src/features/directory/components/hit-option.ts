import type { DirectoryHit } from '@chime-console/contracts';
import type { AutosuggestProps } from '@cloudscape-design/components/autosuggest';
import { pendingLabel } from '@/components/user-status.tsx';
import { paths } from '@/config/paths.ts';

export type UserHit = Extract<DirectoryHit, { kind: 'user' }>;
export type AccountHit = Extract<DirectoryHit, { kind: 'account' }>;

/** Where a hit opens: a user's page, or an account's. */
export function hitHref(hit: DirectoryHit): string {
  return hit.kind === 'user' ? paths.user.to(hit.user.accountId, hit.user.id) : paths.account.to(hit.account.id);
}

/** A user's standing in a few words: registration, invitation (a pending one with its age) and license. */
export function userTags({ user }: UserHit): string[] {
  const invitation = user.invitationStatus === 'Pending' ? pendingLabel(user.invitedOn) : user.invitationStatus;
  return [user.registrationStatus, invitation && `Invitation ${invitation.toLowerCase()}`, user.licenseType].filter(
    (tag): tag is string => tag !== undefined,
  );
}

/**
 * A hit as a dropdown option. Its value is where it opens, so choosing it needs no lookup; the
 * label is what a person recognises first (the name), the description where it lives.
 */
export function hitOption(hit: DirectoryHit): AutosuggestProps.Option {
  if (hit.kind === 'account')
    return {
      value: hitHref(hit),
      label: hit.account.name,
      description: `Account${hit.account.type === undefined ? '' : ` · ${hit.account.type}`}`,
      iconName: 'folder',
      iconAriaLabel: 'Account',
    };
  const { user } = hit;
  const label = user.displayName ?? user.email ?? user.id;
  return {
    value: hitHref(hit),
    label,
    description: [label === user.email ? undefined : user.email, hit.accountName].filter(Boolean).join(' · '),
    tags: userTags(hit),
    iconName: 'user-profile',
    iconAriaLabel: 'User',
  };
}
