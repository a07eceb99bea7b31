import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';

/** The bulk jobs' help panel: why a change becomes a job, and how a job goes about it. */
export function JobsHelp() {
  return (
    <HelpPanel header={<h2>Bulk jobs</h2>}>
      <Box variant="p">
        Sending invitations, and changing more than 50 users at once, runs on the console&apos;s server as a job: you can leave the page,
        and the job goes on. Its progress shows here and in the notifications.
      </Box>
      <h3>Chunks</h3>
      <Box variant="p">
        Chime takes at most 50 users in one call (20 for license changes), so a job sends its users in chunks of that size. Each user&apos;s
        result is recorded as soon as Chime answers, so a restarted server carries on where it stopped, without losing or repeating anyone.
      </Box>
      <h3>Pacing</h3>
      <Box variant="p">
        Chime limits how fast the console may call it. Jobs share that allowance with everyone using the console, and people come first: a
        large job may wait between chunks, and two jobs take turns.
      </Box>
      <h3>Retries</h3>
      <Box variant="p">
        When Chime is busy or fails (throttling, a server error), the chunk is tried again after a pause, up to 10 times. If an answer was
        lost, the console first asks Chime who already has an invitation, and sends again only to the others; an email it still cannot check
        ends as <b>may have been sent</b>, never resent on a guess.
      </Box>
      <Box variant="p">
        Users that failed can be retried from the job&apos;s page. <b>Cancel</b> stops the chunks not sent yet; every chunk&apos;s Chime
        call is in the audit log.
      </Box>
    </HelpPanel>
  );
}
