import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';

/** Chime lists no invitations: only those this console sent are known, which the empty state has to say. */
export function InvitationsEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered)
    return (
      <Box textAlign="center" color="inherit" padding="m">
        <b>No invitations match these filters</b>
        <Box variant="p" color="inherit" padding={{ bottom: 's' }}>
          Other invitations of this account may match other filters.
        </Box>
        <Button onClick={onClear}>Clear filters</Button>
      </Box>
    );
  return (
    <Box textAlign="center" color="inherit" padding="m">
      <b>No invitations sent from this console yet</b>
      <Box variant="p" color="inherit">
        Invitations appear here once the console sends them (Invite users on the Users tab). Chime keeps no list of invitations, so those
        sent from elsewhere are not tracked here; their users show an invitation status on the Users tab.
      </Box>
    </Box>
  );
}
