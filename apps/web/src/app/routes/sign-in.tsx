import Box from '@cloudscape-design/components/box';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths.ts';
import { sessionQueryOptions } from '@/features/auth/api/get-session.ts';
import { SignInForm } from '@/features/auth/components/sign-in-form.tsx';

/** Only same-site paths: a crafted returnTo must not send the person to another site. */
function safeReturnTo(value: string | null): string {
  return value !== null && value.startsWith('/') && !value.startsWith('//') ? value : paths.accounts.to();
}

export function SignInRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const session = useQuery(sessionQueryOptions());
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  if (session.data) return <Navigate to={returnTo} replace />;
  return (
    <main>
      <Box padding={{ vertical: 'xxxl', horizontal: 'l' }}>
        <div style={{ maxWidth: 420, margin: '0 auto' }}>
          <SignInForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
        </div>
      </Box>
    </main>
  );
}
