import type { Account } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { checkInviteEmails } from '../api/check-invite-emails.ts';
import { accountUsersQueryKey } from '../api/list-users.ts';
import type { BulkJobs } from '../bulk/bulk-jobs.ts';
import { InviteComposeStep, overLimit, summarize, type CsvFile } from './invite-compose-step.tsx';
import { InviteEntriesTable } from './invite-entries-table.tsx';
import { checkAddresses, flagExisting, problemsFirst, toSend, type EmailEntry } from './parse-emails.ts';
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
    mutationFn: async (read: EmailEntry[]) =>
      problemsFirst(flagExisting(read, (await checkInviteEmails(account.id, toSend(read))).existing, account.id)),
    onSuccess: (checked) => setStep({ name: 'review', entries: checked }),
  });
  const send = useMutation({
    mutationFn: (emails: string[]) => jobs.start(account.id, { kind: 'invite', emails }, account.name),
    onSuccess: (job) => setStep({ name: 'job', jobId: job.id }),
  });

  const busy = check.isPending || send.isPending;
  const ready = toSend(entries);
  const sendable = step.name === 'review' ? toSend(step.entries) : [];

  const close = () => busy || onDismiss();
  // One modal through three steps: its primary action moves it on, until the job's results only report.
  const actions =
    step.name === 'compose'
      ? {
          confirmLabel: `Check ${addresses(ready.length)}`,
          pending: check.isPending,
          confirmDisabled: ready.length === 0 || overLimit(entries),
          onConfirm: () => check.mutate(entries),
        }
      : step.name === 'review'
        ? {
            confirmLabel: `Send ${invitations(sendable.length)}`,
            pending: send.isPending,
            confirmDisabled: sendable.length === 0,
            onConfirm: () => send.mutate(sendable),
            cancelable: false,
            secondaryActions: (
              <Button disabled={busy} onClick={() => setStep({ name: 'compose' })}>
                Back
              </Button>
            ),
          }
        : { confirmLabel: 'Close', onConfirm: onDismiss, cancelable: false };

  return (
    <ConfirmModal
      {...actions}
      size="x-large"
      header={`Invite users to ${account.name}`}
      error={send.isError ? send.error : check.error}
      errorHeader={send.isError ? 'Could not start sending the invitations' : 'Could not check for existing users'}
      onCancel={close}
    >
      {step.name === 'compose' && <InviteComposeStep text={text} csv={csv} entries={entries} onTextChange={setText} onCsvChange={setCsv} />}
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
    </ConfirmModal>
  );
}
