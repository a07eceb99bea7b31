import { emailSchema, firstProblem, userTypeSchema, type Account, type User } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import { useState } from 'react';
import { FormModal } from '@/components/form-modal.tsx';
import { useCreateUser } from '../api/create-user.ts';

interface CreateUserModalProps {
  account: Account;
  onDismiss: () => void;
  onCreated: (user: User) => void;
}

type UserType = NonNullable<User['userType']>;

export function CreateUserModal({ account, onDismiss, onCreated }: CreateUserModalProps) {
  const [email, setEmail] = useState('');
  const [username, setUsername] = useState('');
  const [userType, setUserType] = useState<UserType>('PrivateUser');
  const [touched, setTouched] = useState(false);
  const create = useCreateUser(account.id);
  const check = emailSchema.safeParse(email);
  const emailError = touched && !check.success ? `${firstProblem(check.error)}.` : undefined;
  const submit = () => {
    setTouched(true);
    if (!check.success) return;
    create.mutate({ email: check.data, userType, ...(username.trim() !== '' && { username: username.trim() }) }, { onSuccess: onCreated });
  };
  return (
    <FormModal
      header={`Create a user in ${account.name}`}
      submitLabel="Create user"
      pending={create.isPending}
      error={create.error}
      errorHeader="The user was not created"
      onSubmit={submit}
      onDismiss={onDismiss}
    >
      <FormField label="Email" errorText={emailError}>
        <Input type="email" value={email} onChange={({ detail }) => setEmail(detail.value)} autoFocus />
      </FormField>
      <FormField
        label={
          <>
            Username{' '}
            <Box variant="span" color="text-status-inactive">
              (optional)
            </Box>
          </>
        }
      >
        <Input value={username} onChange={({ detail }) => setUsername(detail.value)} />
      </FormField>
      <FormField label="User type">
        <RadioGroup
          value={userType}
          onChange={({ detail }) => setUserType(userTypeSchema.parse(detail.value))}
          items={[
            { value: 'PrivateUser', label: 'Private user', description: 'A person.' },
            { value: 'SharedDevice', label: 'Shared device', description: 'A room or shared device.' },
          ]}
        />
      </FormField>
    </FormModal>
  );
}
