import type { Account } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { Permission } from '../permission.ts';
import { AccountDetails } from './account-details.tsx';
import { DefaultLicenseModal } from './default-license-modal.tsx';
import { DeleteAccountModal } from './delete-account-modal.tsx';
import { RenameAccountModal } from './rename-account-modal.tsx';

type Dialog = 'rename' | 'license' | 'delete';

interface AccountOverviewProps {
  account: Account;
  permission: Permission;
  /** Why Chime would refuse to delete the account now (users still active), worked out by the page. */
  deleteRefusal?: string | undefined;
}

/** The overview tab: what Chime says about the account, and the admin's changes to it. */
export function AccountOverview({ account, permission, deleteRefusal }: AccountOverviewProps) {
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const action = (id: Dialog, label: string) => {
    const reason = permission.allowed ? (id === 'delete' ? deleteRefusal : undefined) : permission.reason;
    return (
      <Button disabled={reason !== undefined} disabledReason={reason} onClick={() => setDialog(id)}>
        {label}
      </Button>
    );
  };

  return (
    <>
      <Container
        header={
          <Header
            variant="h2"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {action('rename', 'Rename')}
                {action('license', 'Change default license')}
                {action('delete', 'Delete')}
              </SpaceBetween>
            }
          >
            Details
          </Header>
        }
      >
        <AccountDetails account={account} />
      </Container>
      {dialog === 'rename' && <RenameAccountModal account={account} onDismiss={close} />}
      {dialog === 'license' && <DefaultLicenseModal account={account} onDismiss={close} />}
      {dialog === 'delete' && <DeleteAccountModal account={account} onDismiss={close} />}
    </>
  );
}
