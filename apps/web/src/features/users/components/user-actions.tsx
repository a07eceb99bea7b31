import type { Account, User } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown, { type ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useMay } from '@/features/auth/use-session.ts';
import { ChangeLicenseDialog } from './change-license-dialog.tsx';
import { PinDialog } from './pin-dialog.tsx';
import { SignOutDialog } from './sign-out-dialog.tsx';
import { SuspendDialog } from './suspend-dialog.tsx';

type Dialog = 'reset' | 'reveal' | 'signOut' | 'license' | 'suspend' | 'unsuspend';

/** An action another feature provides (resend invitation), placed by the page in the Actions menu. */
export interface MenuAction {
  text: string;
  pending: boolean;
  run: () => void;
}

interface UserActionsProps {
  account: Account;
  user: User;
  extraActions?: readonly MenuAction[];
}

const EXTRA_PREFIX = 'extra-';

/**
 * What the role may do to this user, as the AWS console lays it out: the most common job as the one
 * primary button (helpdesk's: Reset PIN), the rest in one Actions menu. A viewer gets none, so never a PIN.
 */
export function UserActions({ account, user, extraActions = [] }: UserActionsProps) {
  const pin = useMay('pin');
  const support = useMay('support');
  const manage = useMay('manageUsers');
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const suspended = user.registrationStatus === 'Suspended';
  const items: ButtonDropdownProps.Item[] = [
    ...(pin ? [{ id: 'reveal', text: 'Reveal PIN' }] : []),
    ...(support ? [{ id: 'signOut', text: 'Sign out everywhere' }] : []),
    ...extraActions.map((action, index) => ({ id: `${EXTRA_PREFIX}${index}`, text: action.text, disabled: action.pending })),
    ...(manage ? [{ id: 'license', text: 'Change license' }] : []),
    ...(manage && !suspended ? [{ id: 'suspend', text: 'Suspend' }] : []),
    ...(manage && suspended
      ? [
          {
            id: 'unsuspend',
            text: 'Unsuspend',
            disabled: account.type !== 'EnterpriseLWA',
            disabledReason: 'Chime unsuspends only in EnterpriseLWA accounts.',
          },
        ]
      : []),
  ];
  const choose = (id: string) => {
    if (id.startsWith(EXTRA_PREFIX)) extraActions[Number(id.slice(EXTRA_PREFIX.length))]?.run();
    else setDialog(DIALOGS.find((name) => name === id));
  };
  return (
    <>
      <SpaceBetween direction="horizontal" size="xs">
        {items.length > 0 && (
          <ButtonDropdown
            items={items}
            loading={extraActions.some((action) => action.pending)}
            onItemClick={({ detail }) => choose(detail.id)}
          >
            Actions
          </ButtonDropdown>
        )}
        {pin && (
          <Button variant="primary" onClick={() => setDialog('reset')}>
            Reset PIN
          </Button>
        )}
      </SpaceBetween>
      {(dialog === 'reset' || dialog === 'reveal') && <PinDialog mode={dialog} user={user} onClose={close} />}
      {dialog === 'signOut' && <SignOutDialog user={user} onClose={close} />}
      {dialog === 'license' && <ChangeLicenseDialog account={account} user={user} onClose={close} />}
      {(dialog === 'suspend' || dialog === 'unsuspend') && <SuspendDialog account={account} user={user} mode={dialog} onClose={close} />}
    </>
  );
}

const DIALOGS: readonly Dialog[] = ['reset', 'reveal', 'signOut', 'license', 'suspend', 'unsuspend'];
