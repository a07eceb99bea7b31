import type { Session } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { SignInForm } from '@/features/auth/components/sign-in-form.tsx';
import { startPage } from '@/features/auth/start-page.ts';
import { forgetInterruptedAction, readInterruptedAction, type InterruptedAction } from '@/lib/interrupted-action.ts';
import { pageSubject } from '../layout/breadcrumbs.ts';

/** Only same-site paths: a crafted returnTo must not send the person to another site. */
function safeReturnTo(value: string | null): string | undefined {
  return value !== null && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

/** An explicit return URL wins; without one, each role starts at its own job. */
const destination = (returnTo: string | undefined, session: Session) => returnTo ?? startPage(session.role);

/** "“Sign out everywhere” for ana@example.com": the action and what it was about, as its page named it. */
function describeInterrupted({ action, title }: InterruptedAction): string {
  const subject = title === undefined ? undefined : pageSubject(title);
  if (subject === undefined) return `“${action}”`;
  return subject.includes(' · ') ? `“${action}” on ${subject}` : `“${action}” for ${subject}`;
}

export function SignInRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useQuery(sessionQueryOptions());
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  // Only a note about the page sign-in returns to: the action there is what the person will find again.
  const [interrupted] = useState(() => {
    const note = readInterruptedAction();
    return note !== undefined && note.page === returnTo ? note : undefined;
  });
  useEffect(() => {
    document.title = 'Sign in · Chime Console';
  }, []);
  if (session.data) return <Navigate to={destination(returnTo, session.data)} replace />;
  return (
    <main>
      <Box padding={{ vertical: 'xxxl', horizontal: 'l' }}>
        <div style={{ maxWidth: 420, margin: '0 auto' }}>
          <SpaceBetween size="l">
            {interrupted && (
              <Alert type="warning">
                Your session expired, so {describeInterrupted(interrupted)} was not done. Sign in to go back and do it again.
              </Alert>
            )}
            <SignInForm
              onSignedIn={(signedIn) => {
                forgetInterruptedAction();
                void navigate(destination(returnTo, signedIn), { replace: true });
              }}
            />
          </SpaceBetween>
        </div>
      </Box>
    </main>
  );
}
