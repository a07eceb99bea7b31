import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** What to do about it, such as Clear filters. */
  action?: ReactNode;
}

/** What an empty table means, and the way on where there is one. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Box textAlign="center" color="inherit" padding="m">
      <SpaceBetween size="xs">
        <b>{title}</b>
        {description !== undefined && (
          <Box variant="p" color="inherit">
            {description}
          </Box>
        )}
        {action}
      </SpaceBetween>
    </Box>
  );
}
