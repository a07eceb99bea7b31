import type { Account, User } from '@chime-console/contracts';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import type { ReactNode } from 'react';
import { UserActions } from './user-actions.tsx';
import { UserDetails } from './user-details.tsx';

interface UserOverviewProps {
  account: Account;
  user: User;
  /** Actions from other features (resend invitation), composed by the page. */
  extraActions?: ReactNode;
}

/** The user page's content: who they are, their status, and what the role may do. */
export function UserOverview({ account, user, extraActions }: UserOverviewProps) {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`${user.displayName ?? 'No display name'} · ${account.name}`}
          actions={
            <UserActions account={account} user={user}>
              {extraActions}
            </UserActions>
          }
        >
          {user.email ?? user.id}
        </Header>
      }
    >
      <Container header={<Header variant="h2">Details</Header>}>
        <UserDetails account={account} user={user} />
      </Container>
    </ContentLayout>
  );
}
