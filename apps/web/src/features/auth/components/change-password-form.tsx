import { firstProblem, passwordSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ApiError, explain } from '@/lib/api-error.ts';
import { useChangePassword } from '../api/change-password.ts';
import { PasswordField } from './password-field.tsx';

export function ChangePasswordForm({ forced, onChanged }: { forced: boolean; onChanged: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const change = useChangePassword();
  const check = passwordSchema.safeParse(newPassword);
  const newError = touched && !check.success ? `${firstProblem(check.error)}.` : undefined;
  // The BFF answers a wrong current password with 401 invalid_credentials: the session is fine, the field is not.
  const wrongCurrent = change.error instanceof ApiError && change.error.problem.code === 'invalid_credentials';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (check.success) change.mutate({ currentPassword, newPassword }, { onSuccess: onChanged });
      }}
    >
      <Form
        errorText={change.isError && !wrongCurrent ? explain(change.error) : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={change.isPending}>
            Change password
          </Button>
        }
      >
        <Container
          header={
            <Header
              variant="h1"
              description={
                forced
                  ? 'An admin chose the password you signed in with: choose your own to continue.'
                  : 'Your other sessions, on any browser or device, are signed out when it changes; this one stays signed in.'
              }
            >
              Change your password
            </Header>
          }
        >
          <SpaceBetween size="l">
            <PasswordField
              label="Current password"
              value={currentPassword}
              onChange={(value) => {
                setCurrentPassword(value);
                if (wrongCurrent) change.reset();
              }}
              autoComplete="current-password"
              errorText={wrongCurrent ? 'This is not your current password: type it again.' : undefined}
              invalid={wrongCurrent}
            />
            <PasswordField
              label="New password"
              value={newPassword}
              onChange={setNewPassword}
              autoComplete="new-password"
              constraintText="12 to 256 characters."
              errorText={newError}
            />
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
