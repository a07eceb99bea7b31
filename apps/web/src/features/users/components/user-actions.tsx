import type { Account, User } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { useMay } from '@/features/auth/use-session.ts';
import { ChangeLicenseDialog } from './change-license-dialog.tsx';
import { PinDialog } from './pin-dialog.tsx';
import { SignOutDialog } from './sign-out-dialog.tsx';
import { SuspendDialog } from './suspend-dialog.tsx';

type Dialog = 'reset' | 'reveal' | 'signOut' | 'license' | 'suspend' | 'unsuspend';

interface UserActionsProps {
  account: Account;
  user: User;
  /** Actions other features provide (resend invitation), composed by the page. */
  children?: ReactNode;
}

/** What the role may do to this user. A viewer gets none, so never a PIN. */
export function UserActions({ account, user, children }: UserActionsProps) {
  const pin = useMay('pin');
  const support = useMay('support');
  const manage = useMay('manageUsers');
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const suspended = user.registrationStatus === 'Suspended';
  return (
    <>
      <SpaceBetween direction="horizontal" size="xs">
        {children}
        {support && <Button onClick={() => setDialog('signOut')}>Sign out everywhere</Button>}
        {manage && <Button onClick={() => setDialog('license')}>Change license</Button>}
        {manage && !suspended && <Button onClick={() => setDialog('suspend')}>Suspend</Button>}
        {manage && suspended && (
          <Button
            onClick={() => setDialog('unsuspend')}
            disabled={account.type !== 'EnterpriseLWA'}
            disabledReason="Chime unsuspends only in EnterpriseLWA accounts."
          >
            Unsuspend
          </Button>
        )}
        {pin && <Button onClick={() => setDialog('reveal')}>Reveal PIN</Button>}
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
