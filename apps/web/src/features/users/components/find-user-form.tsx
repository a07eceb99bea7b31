import { emailSchema } from '@chime-console/contracts';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { z } from 'zod';
import { QueryErrorAlert } from '@/components/query-error-alert.tsx';
import { paths } from '@/config/paths.ts';
import { ApiError, messageOf } from '@/lib/api-error.ts';
import { useUrlState } from '@/lib/url-state.ts';
import { useLookupUser } from '../api/lookup-user.ts';

const findUserShape = { email: z.string().max(320).optional() };

/**
 * Helpdesk's main path: an email, Enter, and the user's page in the right account. The email is in
 * the URL, so a link from a ticket (/find-user?email=…) goes straight to the user.
 */
export function FindUserForm() {
  const [{ email }, update] = useUrlState(findUserShape);
  const valid = emailSchema.safeParse(email ?? '');
  const lookup = useLookupUser(valid.success ? valid.data : undefined);
  if (lookup.data) return <Navigate to={paths.user.to(lookup.data.account.id, lookup.data.user.id)} replace />;
  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Type the user's email; the console finds their account.">
          Find a user
        </Header>
      }
    >
      <SpaceBetween size="m">
        <EmailForm
          key={email ?? ''}
          email={email ?? ''}
          searching={lookup.isFetching}
          serverError={notFound ? messageOf(lookup.error) : undefined}
          onSubmit={(next) => update({ email: next })}
        />
        {lookup.isError && !notFound && (
          <QueryErrorAlert header="Could not look up the user" error={lookup.error} onRetry={() => void lookup.refetch()} />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}

interface EmailFormProps {
  email: string;
  searching: boolean;
  serverError: string | undefined;
  onSubmit: (email: string) => void;
}

function EmailForm({ email, searching, serverError, onSubmit }: EmailFormProps) {
  const [value, setValue] = useState(email);
  const [touched, setTouched] = useState(email !== '');
  const check = emailSchema.safeParse(value);
  const formatError = touched && !check.success ? `Email ${check.error.issues[0]?.message ?? 'is not valid'}.` : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (check.success) onSubmit(check.data);
      }}
    >
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={searching}>
            Find user
          </Button>
        }
      >
        <Container>
          <FormField label="Email" errorText={formatError ?? (value === email ? serverError : undefined)}>
            <Input
              type="email"
              inputMode="email"
              autoComplete="off"
              autoFocus
              value={value}
              placeholder="name@example.com"
              onChange={({ detail }) => setValue(detail.value)}
            />
          </FormField>
        </Container>
      </Form>
    </form>
  );
}
