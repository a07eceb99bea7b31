import Button from '@cloudscape-design/components/button';
import type { EmptyStateProps } from '@/components/empty-state.tsx';

/** Chime lists no invitations: only those this console sent are known, which the empty state has to say. */
export function invitationsEmptyState(filtered: boolean, onClear: () => void): EmptyStateProps {
  if (filtered) {
    return {
      title: 'No invitations match these filters',
      description: 'Other invitations of this account may match other filters.',
      action: <Button onClick={onClear}>Clear filters</Button>,
    };
  }
  return {
    title: 'No invitations sent from this console yet',
    description:
      'Invitations appear here once the console sends them (Invite users on the Users tab). Chime keeps no list of invitations, so those ' +
      'sent from elsewhere are not tracked here; their users show an invitation status on the Users tab.',
  };
}
