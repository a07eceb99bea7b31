import type { ConsoleUser, Role } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
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
    <Modal
      visible
      onDismiss={onClose}
      header={`Change the role of ${user.username}`}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={role === user.role}
              loading={update.isPending}
              onClick={() => update.mutate({ id: user.id, changes: { role } }, { onSuccess: onChanged })}
            >
              Change role
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Role" description={`Now: ${ROLE_LABEL[user.role]}. The change applies to their next request.`}>
          <RadioGroup value={role} onChange={({ detail }) => setRole(detail.value as Role)} items={ROLE_OPTIONS} ariaLabel="Role" />
        </FormField>
        {update.isError && <QueryErrorAlert header={`The role of ${user.username} was not changed`} error={update.error} />}
      </SpaceBetween>
    </Modal>
  );
}
