import type { ConsoleUser } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { useForceConsolePassword } from '../api/force-console-password.ts';
import { PasswordField, passwordError } from './password-field.tsx';

interface ForcePasswordModalProps {
  user: ConsoleUser;
  onClose: () => void;
  onDone: (user: ConsoleUser) => void;
}

export function ForcePasswordModal({ user, onClose, onDone }: ForcePasswordModalProps) {
  const force = useForceConsolePassword();
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const submit = () => {
    setSubmitted(true);
    if (passwordError(password) === undefined) force.mutate({ id: user.id, password }, { onSuccess: () => onDone(user) });
  };
  return (
    <Modal
      visible
      onDismiss={onClose}
      header={`Set a new password for ${user.username}`}
      closeAriaLabel="Close"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="primary" loading={force.isPending} onClick={submit}>
              Set password
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">
          {user.username} is signed out everywhere at once. At their next sign-in they use this password and must then choose their own
          before they can do anything else.
        </Alert>
        <PasswordField
          label="Temporary password"
          description="Pass it on to the person safely."
          value={password}
          onChange={setPassword}
          showError={submitted}
        />
        {force.isError && <QueryErrorAlert header={`The password of ${user.username} was not set`} error={force.error} />}
      </SpaceBetween>
    </Modal>
  );
}
