import type { Session } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { messageOf } from '@/lib/api-error.ts';
import { useSignIn } from '../api/sign-in.ts';
import { PasswordField } from './password-field.tsx';

export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const submit = () => signIn.mutate({ username, password }, { onSuccess: onSignedIn });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form
        errorText={signIn.isError ? messageOf(signIn.error) : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={signIn.isPending} disabled={username === '' || password === ''}>
            Sign in
          </Button>
        }
      >
        <Container header={<Header variant="h1">Sign in to Chime Console</Header>}>
          <SpaceBetween size="l">
            <FormField label="Username">
              <Input value={username} onChange={({ detail }) => setUsername(detail.value)} autoComplete="username" autoFocus />
            </FormField>
            <PasswordField label="Password" value={password} onChange={setPassword} autoComplete="current-password" />
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
