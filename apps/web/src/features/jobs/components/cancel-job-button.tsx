import type { Job } from '@chime-console/contracts';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useState, type ReactNode } from 'react';
import { ConfirmModal } from '@/components/confirm-modal.tsx';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { useCancelJob } from '../api/cancel-job.ts';
import { describeJob } from './job-labels.tsx';

/** Stops a running job after a confirmation naming it; items already sent keep their result. */
export function CancelJobButton({ job, account }: { job: Job; account: ReactNode }) {
  const manage = useMay('manageUsers');
  const cancel = useCancelJob(job.id);
  const [confirming, setConfirming] = useState(false);
  if (job.status !== 'running') return null;
  const close = () => {
    setConfirming(false);
    cancel.reset();
  };
  return (
    <>
      <Button disabled={!manage} disabledReason={ROLE_REASON.manageUsers} onClick={() => setConfirming(true)}>
        Cancel job
      </Button>
      {confirming && (
        <ConfirmModal
          header="Cancel this job?"
          confirmLabel="Cancel job"
          cancelLabel="Keep running"
          pending={cancel.isPending}
          error={cancel.error}
          errorHeader="Could not cancel the job"
          onConfirm={() => cancel.mutate(undefined, { onSuccess: close })}
          onCancel={close}
        >
          <Box variant="p">
            <strong>
              {describeJob(job)} in {account}
            </strong>{' '}
            ({job.counts.pending} of {job.counts.total} items not done yet). Items not sent by then are cancelled; those already sent keep
            their result. Cancelled items can be retried later.
          </Box>
        </ConfirmModal>
      )}
    </>
  );
}
