import type { Account } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { explain } from '@/lib/api-error.ts';
import { checkInviteEmails } from '../api/check-invite-emails.ts';
import { accountUsersQueryKey } from '../api/list-users.ts';
import type { BulkJobs } from '../bulk/bulk-jobs.ts';
import { InviteComposeStep, overLimit, summarize, type CsvFile } from './invite-compose-step.tsx';
import { InviteEntriesTable } from './invite-entries-table.tsx';
import { checkAddresses, flagExisting, toSend, type EmailEntry } from './parse-emails.ts';
import { readPasted, readTable } from './read-addresses.ts';

type Step = { name: 'compose' } | { name: 'review'; entries: EmailEntry[] } | { name: 'job'; jobId: string };

const invitations = (count: number) => `${count} invitation${count === 1 ? '' : 's'}`;
const addresses = (count: number) => `${count} address${count === 1 ? '' : 'es'}`;

interface InviteUsersDialogProps {
  account: Account;
  jobs: BulkJobs;
  onDismiss: () => void;
}

/**
 * Paste or upload → check (malformed, duplicates, existing users, in one call) → one server-side
 * job with live progress → a result per email, failures retried from the job.
 */
export function InviteUsersDialog({ account, jobs, onDismiss }: InviteUsersDialogProps) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [csv, setCsv] = useState<CsvFile>();
  const [step, setStep] = useState<Step>({ name: 'compose' });
  // Thousands of pasted lines are parsed again on each keystroke: typing stays ahead of it.
  const pasted = useDeferredValue(text);
  const entries = useMemo(() => checkAddresses([...readPasted(pasted), ...(csv ? readTable(csv.text, csv.file.name) : [])]), [pasted, csv]);

  const check = useMutation({
    mutationFn: async (read: EmailEntry[]) => flagExisting(read, (await checkInviteEmails(account.id, toSend(read))).existing),
    onSuccess: (checked) => setStep({ name: 'review', entries: checked }),
  });
  const send = useMutation({
    mutationFn: (emails: string[]) => jobs.start(account.id, { kind: 'invite', emails }, account.name),
    onSuccess: (job) => setStep({ name: 'job', jobId: job.id }),
  });

  const busy = check.isPending || send.isPending;
  const ready = toSend(entries);
  const sendable = step.name === 'review' ? toSend(step.entries) : [];

  const footer = (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        {step.name === 'compose' && (
          <>
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={check.isPending}
              disabled={ready.length === 0 || overLimit(entries)}
              onClick={() => check.mutate(entries)}
            >
              Check {addresses(ready.length)}
            </Button>
          </>
        )}
        {step.name === 'review' && (
          <>
            <Button disabled={busy} onClick={() => setStep({ name: 'compose' })}>
              Back
            </Button>
            <Button variant="primary" loading={send.isPending} disabled={sendable.length === 0} onClick={() => send.mutate(sendable)}>
              Send {invitations(sendable.length)}
            </Button>
          </>
        )}
        {step.name === 'job' && (
          <Button variant="primary" onClick={onDismiss}>
            Close
          </Button>
        )}
      </SpaceBetween>
    </Box>
  );

  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible
      size="x-large"
      onDismiss={() => busy || onDismiss()}
      header={`Invite users to ${account.name}`}
      footer={footer}
    >
      <SpaceBetween size="m">
        {step.name === 'compose' && (
          <InviteComposeStep text={text} csv={csv} entries={entries} onTextChange={setText} onCsvChange={setCsv} />
        )}
        {step.name === 'review' && (
          <>
            <Box variant="p">
              {summarize(step.entries)} <strong>{invitations(sendable.length)} will be sent.</strong>
            </Box>
            <InviteEntriesTable entries={step.entries} label="Addresses to invite" />
          </>
        )}
        {step.name === 'job' && (
          <jobs.Panel
            jobId={step.jobId}
            resultsHeader="Invitation results"
            onFinished={() => void queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(account.id) })}
          />
        )}
        {check.isError && (
          <Alert type="error" header="Could not check for existing users">
            {explain(check.error)}
          </Alert>
        )}
        {send.isError && (
          <Alert type="error" header="Could not start sending the invitations">
            {explain(send.error)}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
