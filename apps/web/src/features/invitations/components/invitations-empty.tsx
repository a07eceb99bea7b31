import Button from '@cloudscape-design/components/button';
import type { EmptyStateProps } from '@/components/empty-state.tsx';

/** The list is Chime's users with an invitation status: an empty one says where invitations come from. */
export function invitationsEmptyState(filtered: boolean, onClear: () => void): EmptyStateProps {
  if (filtered) {
    return {
      title: 'No invitations match these filters',
      description: 'Other invitations of this account may match other filters.',
      action: <Button onClick={onClear}>Clear filters</Button>,
    };
  }
  return {
    title: 'No invitations yet',
    description:
      'Invitations appear here once Chime reports one for this account: sent with Invite users on the Users tab, or from elsewhere ' +
      '(those show "Outside the console" as their sender).',
  };
}
