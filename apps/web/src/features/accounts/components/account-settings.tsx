import type { Account, AccountSettings } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { useAccountSettings } from '../api/get-account-settings.ts';
import type { Permission } from '../permission.ts';
import { POLICIES } from './account-policies.ts';
import { EditPoliciesForm } from './edit-policies-form.tsx';

const DESCRIPTION = 'Meeting policies for everyone in the account, read from Chime when this tab opens.';

/**
 * The settings tab, in the AWS consoles' pattern: the policies as they are, with Edit; editing
 * turns them into a form with Save and Cancel. Mounted each time the tab opens, so the policies are
 * read fresh from Chime every time.
 */
export function AccountSettingsTab({ account, permission }: { account: Account; permission: Permission }) {
  const settings = useAccountSettings(account.id);
  const [editing, setEditing] = useState(false);
  const edit = (
    <Button
      disabled={editing || !permission.allowed || settings.data === undefined}
      disabledReason={permission.allowed ? undefined : permission.reason}
      onClick={() => setEditing(true)}
    >
      Edit
    </Button>
  );
  return (
    <Container
      header={
        <Header variant="h2" description={DESCRIPTION} actions={edit}>
          Meeting policies
        </Header>
      }
    >
      {settings.isPending && (
        <Box>
          <Spinner /> Loading settings…
        </Box>
      )}
      {settings.isError && (
        <QueryErrorAlert header="Could not load the settings" error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data !== undefined &&
        (editing ? (
          <EditPoliciesForm account={account} settings={settings.data} onDone={() => setEditing(false)} />
        ) : (
          <PoliciesView settings={settings.data} />
        ))}
    </Container>
  );
}

function PoliciesView({ settings }: { settings: AccountSettings }) {
  return (
    <KeyValuePairs
      columns={2}
      items={POLICIES.map((policy) => ({
        label: policy.label,
        value: (
          <>
            <StatusIndicator type={policy.isOn(settings) ? 'success' : 'stopped'}>{policy.isOn(settings) ? 'On' : 'Off'}</StatusIndicator>
            <Box variant="small" display="block">
              {policy.description}
            </Box>
          </>
        ),
      }))}
    />
  );
}
