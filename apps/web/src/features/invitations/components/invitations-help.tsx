import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';

/** The invitations overview's help panel: what each status means, and where the numbers come from. */
export function InvitationsHelp() {
  return (
    <HelpPanel header={<h2>Invitations</h2>}>
      <Box variant="p">
        An invitation asks someone to join a Chime account by email. This page counts every invitation Chime reports, in every account,
        whoever sent it.
      </Box>
      <h3>What the statuses mean</h3>
      <dl>
        <dt>Pending</dt>
        <dd>Sent, and not answered yet. Pending for more than 7 days usually means the email was missed: resend it.</dd>
        <dt>Accepted</dt>
        <dd>The person registered and is a user of the account.</dd>
        <dt>Failed</dt>
        <dd>Chime could not deliver the invitation (a mistyped or refused address). Check the email and invite again.</dd>
        <dt>Removed</dt>
        <dd>The invited user left the account (or was removed) before accepting: the invitation is closed.</dd>
      </dl>
      <h3>Where the numbers come from</h3>
      <Box variant="p">
        Chime is the truth: the status is what Chime reports for each invited user. The console reads every account in the background about
        every 5 minutes, so the counts are as of the time shown under the title; <b>Refresh</b> reads them again now, and an account&apos;s
        Invitations tab has a Refresh of its own.
      </Box>
      <Box variant="p">
        The sender comes from the console&apos;s own records of what it sent. Invitations sent in Chime directly or by another tool are
        counted as <b>outside the console</b>.
      </Box>
    </HelpPanel>
  );
}
