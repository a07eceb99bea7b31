import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocation } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { PageLayout } from '../layout/page-layout.tsx';

/** A mistyped or outdated link: say so, and offer the way back. */
export function NotFoundRoute() {
  const follow = useFollow();
  const { pathname } = useLocation();
  return (
    <PageLayout breadcrumbs={[{ text: 'Page not found', href: pathname }]}>
      <SpaceBetween size="l">
        <Header variant="h1">Page not found</Header>
        <Container>
          <SpaceBetween size="m">
            <Box variant="p">
              There is no page at <Box variant="code">{pathname}</Box>. The link may be mistyped, or the page may have moved.
            </Box>
            <Button variant="primary" href={paths.accounts.to()} onFollow={follow}>
              Go to Accounts
            </Button>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </PageLayout>
  );
}
