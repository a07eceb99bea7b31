import type { ConsoleUser, Role } from '@chime-console/contracts';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import { useState } from 'react';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { useUpdateConsoleUser } from '../api/update-console-user.ts';
import { ROLE_LABEL, ROLE_OPTIONS } from './roles.ts';

interface ChangeRoleModalProps {
  user: ConsoleUser;
  onClose: () => void;
  onChanged: (user: ConsoleUser) => void;
}

export function ChangeRoleModal({ user, onClose, onChanged }: ChangeRoleModalProps) {
  const update = useUpdateConsoleUser();
  const [role, setRole] = useState<Role>(user.role);
  return (
    <ConfirmModal
      header={`Change the role of ${user.username}`}
      confirmLabel="Change role"
      pending={update.isPending}
      confirmDisabled={role === user.role}
      error={update.error}
      errorHeader={`The role of ${user.username} was not changed`}
      onConfirm={() => update.mutate({ id: user.id, changes: { role } }, { onSuccess: onChanged })}
      onCancel={onClose}
    >
      <FormField label="Role" description={`Now: ${ROLE_LABEL[user.role]}. The change applies to their next request.`}>
        <RadioGroup value={role} onChange={({ detail }) => setRole(detail.value as Role)} items={ROLE_OPTIONS} ariaLabel="Role" />
      </FormField>
    </ConfirmModal>
  );
}
