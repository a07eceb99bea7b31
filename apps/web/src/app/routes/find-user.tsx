import { emailSchema } from '@chime-console/contracts';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { paths } from '@/config/paths.ts';
import { DirectoryResults } from '@/features/directory/components/directory-results.tsx';
import { DirectorySearchField } from '@/features/directory/components/directory-search-field.tsx';
import { useExactEmailHit } from '@/features/directory/hooks/use-exact-email-hit.ts';
import { ExactEmailLookup } from '@/features/users/components/exact-email-lookup.tsx';
import { useUrlState } from '@/lib/url-state.ts';
import { PageLayout } from '../layout/page-layout.tsx';

/** `q` is the index search shown; `email` asks Chime for exactly that email and opens the user. */
const findUserShape = { q: z.string().trim().min(1).max(100).optional(), email: emailSchema.optional() };

/**
 * Helpdesk's start: the console's index searched as you type, across every account. Enter on a
 * full email opens the user at once (the one the results show, or whoever Chime has with it).
 */
export function FindUserRoute() {
  const [{ q, email }, update] = useUrlState(findUserShape);
  const navigate = useNavigate();
  const exactHit = useExactEmailHit();
  const searched = q ?? email ?? '';
  const submit = (text: string) => {
    const asEmail = emailSchema.safeParse(text).data;
    const href = asEmail === undefined ? undefined : exactHit(asEmail);
    if (href !== undefined) void navigate(href);
    else update(asEmail === undefined ? { q: text, email: undefined } : { q: undefined, email: asEmail });
  };
  return (
    <PageLayout breadcrumbs={[{ text: 'Find a user', href: paths.findUser.to() }]}>
      <ContentLayout
        header={
          <Header variant="h1" description="Search every account by name, email or user ID; choose a user to open them.">
            Find a user
          </Header>
        }
      >
        <SpaceBetween size="m">
          <Container>
            <DirectorySearchField
              q={searched}
              onSearch={(next) => update({ q: next, email: undefined }, { replace: true })}
              onSubmit={submit}
            />
          </Container>
          {email !== undefined && <ExactEmailLookup key={email} email={email} />}
          <DirectoryResults q={searched} onLookUpEmail={(next) => update({ q: undefined, email: next })} />
        </SpaceBetween>
      </ContentLayout>
    </PageLayout>
  );
}
