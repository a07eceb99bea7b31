import type { Invitation } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { explain } from '@/lib/api-error.ts';
import { useResendInvitationTo } from '../api/resend-invitation.ts';

/** Whether Chime would send this invitation again: only pending and failed ones. */
export const isResendable = (invitation: Invitation) => invitation.status === 'Pending' || invitation.status === 'Failed';

/**
 * Resend from the invitations table, its outcome shown in the row itself: the helpdesk usually
 * resends while on the phone and needs to see at once whether Chime sent the email.
 */
export function ResendRecordButton({ invitation }: { invitation: Invitation }) {
  const resend = useResendInvitationTo(invitation.accountId);
  if (!isResendable(invitation) && resend.isIdle) return <>-</>;
  const run = () => resend.mutate(invitation);
  return (
    <SpaceBetween size="xxs">
      {isResendable(invitation) && (
        <Button variant="inline-link" loading={resend.isPending} onClick={run} ariaLabel={`Resend invitation to ${invitation.email}`}>
          {resend.isError ? 'Retry resend' : 'Resend'}
        </Button>
      )}
      {resend.isSuccess && (
        <StatusIndicator type={resend.data.emailStatus === 'Failed' ? 'warning' : 'success'}>
          {resend.data.emailStatus === undefined || resend.data.emailStatus === 'Sent'
            ? 'Sent again'
            : `Sent again, email ${resend.data.emailStatus === 'NotSent' ? 'not sent' : 'failed'}`}
        </StatusIndicator>
      )}
      {resend.isError && (
        <Box color="text-status-error" fontSize="body-s">
          <StatusIndicator type="error">Not sent</StatusIndicator> {explain(resend.error)}
        </Box>
      )}
    </SpaceBetween>
  );
}
