import type { ConsoleUser } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal.tsx';
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
    <FormModal
      header={`Set a new password for ${user.username}`}
      submitLabel="Set password"
      pending={force.isPending}
      error={force.error}
      errorHeader={`The password of ${user.username} was not set`}
      onSubmit={submit}
      onDismiss={onClose}
    >
      <Alert type="warning">
        {user.username} is signed out everywhere at once. At their next sign-in they use this password and must then choose their own before
        they can do anything else.
      </Alert>
      <PasswordField
        label="Temporary password"
        description="Pass it on to the person safely."
        value={password}
        onChange={setPassword}
        showError={submitted}
      />
    </FormModal>
  );
}
