import type { Account, User } from '@chime-console/contracts';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { UserActions, type MenuAction } from './user-actions.tsx';
import { UserDetails } from './user-details.tsx';

interface UserOverviewProps {
  account: Account;
  user: User;
  /** Actions from other features (resend invitation), composed by the page into the Actions menu. */
  extraActions?: readonly MenuAction[];
  /** Sections from other features below the details (recent activity), composed by the page. */
  children?: ReactNode;
}

/** The user page's content: who they are, their status, and what the role may do. */
export function UserOverview({ account, user, extraActions, children }: UserOverviewProps) {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`${user.displayName ?? 'No display name'} · ${account.name}`}
          actions={<UserActions account={account} user={user} extraActions={extraActions} />}
        >
          {user.email ?? user.id}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Details</Header>}>
          <UserDetails account={account} user={user} />
        </Container>
        {children}
      </SpaceBetween>
    </ContentLayout>
  );
}
