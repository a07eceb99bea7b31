import type { Account, AccountSettings } from '@chime-console/contracts';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useId, useState } from 'react';
import { ModalActions } from '@/components/modal-actions.tsx';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { useDialogFocus } from '@/lib/use-dialog-focus.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { useUpdateAccountSettings } from '../api/update-account-settings.ts';
import { onOff, POLICIES, type Policy, type PolicyId } from './account-policies.ts';

interface EditPoliciesFormProps {
  account: Account;
  /** What Chime holds: the form starts from it, and only what the person changes is sent. */
  settings: AccountSettings;
  /** Saved or cancelled: back to the read-only view. */
  onDone: () => void;
}

/**
 * The policies as switches, saved together. Only the switched ones are sent, so a policy someone
 * changed elsewhere meanwhile is not put back; Chime's answer (read back after the change) says
 * whether it kept each one.
 */
export function EditPoliciesForm({ account, settings, onDone }: EditPoliciesFormProps) {
  const formId = useId();
  const focusFirstField = useDialogFocus();
  const update = useUpdateAccountSettings(account.id);
  const { notify } = useNotifications();
  const [draft, setDraft] = useState(
    () => Object.fromEntries(POLICIES.map((policy) => [policy.id, policy.isOn(settings)])) as Record<PolicyId, boolean>,
  );
  const changed = POLICIES.filter((policy) => draft[policy.id] !== policy.isOn(settings));

  const save = () => {
    if (changed.length === 0) {
      onDone();
      return;
    }
    update.mutate(Object.assign({}, ...changed.map((policy) => policy.change(draft[policy.id]))) as Partial<AccountSettings>, {
      onSuccess: (answer) => {
        const refused = changed.filter((policy) => policy.isOn(answer) !== draft[policy.id]);
        notify({
          id: `settings-${account.id}`,
          type: refused.length === 0 ? 'success' : 'warning',
          header:
            refused.length === 0
              ? `Meeting policies saved for ${account.name}: ${describe(changed, answer)}`
              : `Chime did not keep every change for ${account.name}: ${describe(refused, answer)}`,
        });
        onDone();
      },
    });
  };

  return (
    <form
      id={formId}
      ref={focusFirstField}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!update.isPending) save();
      }}
    >
      <SpaceBetween size="l">
        {POLICIES.map((policy) => (
          <Toggle
            key={policy.id}
            checked={draft[policy.id]}
            description={policy.description}
            onChange={({ detail }) => setDraft((current) => ({ ...current, [policy.id]: detail.checked }))}
          >
            {policy.label}
          </Toggle>
        ))}
        {update.error !== null && <QueryErrorAlert header="Could not save the meeting policies" error={update.error} />}
        <ModalActions primaryLabel="Save" pending={update.isPending} disabled={false} form={formId} onCancel={onDone} />
      </SpaceBetween>
    </form>
  );
}

/** "dial-out on, remote control off": each policy as Chime now holds it. */
const describe = (policies: Policy[], settings: AccountSettings) =>
  policies.map((policy) => `${policy.name} ${onOff(policy.isOn(settings))}`).join(', ');
