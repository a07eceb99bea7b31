import { problemWith, usernameSchema, type ConsoleUser, type Role } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal.tsx';
import { useCreateConsoleUser } from '../api/create-console-user.ts';
import { PasswordField, passwordError } from './password-field.tsx';
import { ROLE_OPTIONS } from './roles.ts';

interface CreateConsoleUserModalProps {
  onClose: () => void;
  onCreated: (user: ConsoleUser) => void;
}

const usernameError = (value: string) => problemWith(usernameSchema, value);

export function CreateConsoleUserModal({ onClose, onCreated }: CreateConsoleUserModalProps) {
  const create = useCreateConsoleUser();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [submitted, setSubmitted] = useState(false);
  const submit = () => {
    setSubmitted(true);
    if (usernameError(username) !== undefined || passwordError(password) !== undefined) return;
    create.mutate({ username: username.trim(), password, role }, { onSuccess: onCreated });
  };
  return (
    <FormModal
      header="Create console user"
      submitLabel="Create"
      pending={create.isPending}
      error={create.error}
      errorHeader="The console user was not created"
      onSubmit={submit}
      onDismiss={onClose}
    >
      <FormField
        label="Username"
        constraintText="3 to 64 characters: letters, digits and . _ @ -"
        errorText={submitted ? usernameError(username) : undefined}
      >
        <Input value={username} onChange={({ detail }) => setUsername(detail.value)} autoComplete="off" ariaLabel="Username" />
      </FormField>
      <PasswordField
        label="Password"
        description="Pass it on to the person safely; they choose their own password when they first sign in."
        value={password}
        onChange={setPassword}
        showError={submitted}
      />
      <FormField label="Role">
        <RadioGroup value={role} onChange={({ detail }) => setRole(detail.value as Role)} items={ROLE_OPTIONS} ariaLabel="Role" />
      </FormField>
      <Box variant="small">The creation is recorded in the audit log.</Box>
    </FormModal>
  );
}
