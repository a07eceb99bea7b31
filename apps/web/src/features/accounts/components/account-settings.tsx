import type { Account } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import { useState } from 'react';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { useAccountSettings } from '../api/get-account-settings.ts';
import type { Permission } from '../permission.ts';
import { POLICIES, type Policy } from './account-policies.ts';
import { ChangePolicyModal } from './change-policy-modal.tsx';

/** The settings tab: mounted each time the tab opens, so the policies are read fresh from Chime every time. */
export function AccountSettingsTab({ account, permission }: { account: Account; permission: Permission }) {
  const settings = useAccountSettings(account.id);
  const [change, setChange] = useState<{ policy: Policy; turnOn: boolean }>();

  return (
    <Container
      header={
        <Header variant="h2" description="Meeting policies for everyone in the account, read from Chime when this tab opens.">
          Meeting policies
        </Header>
      }
    >
      <SpaceBetween size="l">
        {!permission.allowed && <Alert type="info">Read only: {permission.reason}</Alert>}
        {settings.isPending && (
          <Box>
            <Spinner /> Loading settings…
          </Box>
        )}
        {settings.isError && (
          <QueryErrorAlert header="Could not load the settings" error={settings.error} onRetry={() => void settings.refetch()} />
        )}
        {settings.data !== undefined &&
          POLICIES.map((policy) => {
            const on = policy.isOn(settings.data);
            return (
              <Toggle
                key={policy.id}
                checked={on}
                readOnly={!permission.allowed}
                description={policy.description}
                onChange={({ detail }) => setChange({ policy, turnOn: detail.checked })}
              >
                {policy.label}
              </Toggle>
            );
          })}
      </SpaceBetween>
      {change !== undefined && (
        <ChangePolicyModal account={account} policy={change.policy} turnOn={change.turnOn} onDismiss={() => setChange(undefined)} />
      )}
    </Container>
  );
}
