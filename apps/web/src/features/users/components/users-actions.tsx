import type { Account } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown, { type ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMay } from '@/features/auth/use-session.ts';
import type { BulkKind } from './bulk-action-modal.tsx';

interface UsersActionsProps {
  account: Account;
  selectedCount: number;
  exportHref: string;
  onBulk: (kind: BulkKind) => void;
  onCreate: () => void;
  onInvite: () => void;
  refreshing: boolean;
  /** Reads the list again; none where the table's description offers its own Refresh. */
  onRefresh: (() => void) | undefined;
}

const BULK_KINDS: readonly BulkKind[] = ['license', 'suspend', 'unsuspend', 'signOut'];
const NONE_SELECTED = 'Select users in the table first.';

/** What the role may do to this account's users; what Chime refuses for the account type is disabled with the reason. */
export function UsersActions({ account, selectedCount, exportHref, onBulk, onCreate, onInvite, refreshing, onRefresh }: UsersActionsProps) {
  const manage = useMay('manageUsers');
  const support = useMay('support');
  const none = selectedCount === 0;
  const items: ButtonDropdownProps.ItemOrGroup[] = [
    ...(manage
      ? [
          { id: 'license', text: 'Change license', disabled: none, disabledReason: NONE_SELECTED },
          { id: 'suspend', text: 'Suspend', disabled: none, disabledReason: NONE_SELECTED },
          {
            id: 'unsuspend',
            text: 'Unsuspend',
            disabled: none || account.type !== 'EnterpriseLWA',
            disabledReason: account.type !== 'EnterpriseLWA' ? 'Chime unsuspends only in EnterpriseLWA accounts.' : NONE_SELECTED,
          },
        ]
      : []),
    ...(support ? [{ id: 'signOut', text: 'Sign out everywhere', disabled: none, disabledReason: NONE_SELECTED }] : []),
  ];
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {onRefresh && <Button iconName="refresh" ariaLabel="Refresh users" loading={refreshing} onClick={onRefresh} />}
      <Button href={exportHref} download iconName="download">
        Export CSV
      </Button>
      {items.length > 0 && (
        <ButtonDropdown
          items={items}
          onItemClick={({ detail }) => {
            const kind = BULK_KINDS.find((id) => id === detail.id);
            if (kind) onBulk(kind);
          }}
          disabled={none}
          disabledReason={NONE_SELECTED}
        >
          Actions
        </ButtonDropdown>
      )}
      {manage ? (
        <>
          <Button onClick={onCreate}>Create user</Button>
          <Button
            variant="primary"
            onClick={onInvite}
            disabled={account.type !== 'Team'}
            disabledReason="Chime invites only to Team accounts"
          >
            Invite users
          </Button>
        </>
      ) : null}
    </SpaceBetween>
  );
}
