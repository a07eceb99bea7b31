import type { Account } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { useNotifications } from '@/lib/notifications.tsx';
import { useAccountSettings } from '../api/get-account-settings.ts';
import { useUpdateAccountSettings } from '../api/update-account-settings.ts';
import { onOff, type Policy } from './account-policies.ts';

interface ChangePolicyModalProps {
  account: Account;
  policy: Policy;
  /** What the person asked for. */
  turnOn: boolean;
  onDismiss: () => void;
}

/**
 * Mounting this re-reads the settings (the query refetches on every mount), so the confirmation
 * shows what Chime holds now: another admin may have changed it since the tab opened.
 */
export function ChangePolicyModal({ account, policy, turnOn, onDismiss }: ChangePolicyModalProps) {
  const settings = useAccountSettings(account.id);
  const update = useUpdateAccountSettings(account.id);
  const { notify } = useNotifications();
  const current = settings.data === undefined ? undefined : policy.isOn(settings.data);
  const fresh = !settings.isFetching && settings.isSuccess;
  const nothingToDo = fresh && current === turnOn;
  const title = `Turn ${policy.name} ${onOff(turnOn)} for ${account.name}?`;

  const confirm = () => {
    update.mutate(policy.change(turnOn), {
      onSuccess: (answer) => {
        const now = policy.isOn(answer);
        notify({
          id: `settings-${account.id}-${policy.id}`,
          type: now === turnOn ? 'success' : 'warning',
          header:
            now === turnOn
              ? `${policy.label} turned ${onOff(now)} for ${account.name}`
              : `${policy.label} is still ${onOff(now)} for ${account.name}: Chime did not keep the change`,
        });
        onDismiss();
      },
    });
  };

  return (
    <ConfirmModal
      header={title}
      confirmLabel={`Turn ${onOff(turnOn)}`}
      pending={update.isPending}
      confirmDisabled={!fresh || nothingToDo}
      error={update.error}
      errorHeader={`Could not turn ${policy.name} ${onOff(turnOn)}`}
      onConfirm={confirm}
      onCancel={onDismiss}
    >
      <Box variant="p">{policy.description}</Box>
      {settings.isFetching && (
        <Box>
          <Spinner /> Reading the current value from Chime…
        </Box>
      )}
      {fresh && current !== undefined && (
        <Box variant="p">
          Read from Chime just now: {policy.label.toLowerCase()} is <b>{onOff(current)}</b>.{' '}
          {nothingToDo ? 'Nothing to change.' : `Confirming turns it ${onOff(turnOn)} for everyone in ${account.name}.`}
        </Box>
      )}
      {settings.isError && !settings.isFetching && (
        <QueryErrorAlert header="Could not read the current settings" error={settings.error} onRetry={() => void settings.refetch()} />
      )}
    </ConfirmModal>
  );
}
