import type { Job } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { ROLE_REASON, useMay } from '@/features/auth/use-session.ts';
import { explain } from '@/lib/api-error.ts';
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
        <Modal
          visible
          closeAriaLabel="Close dialog"
          onDismiss={close}
          header="Cancel this job?"
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={close}>
                  Keep running
                </Button>
                <Button variant="primary" loading={cancel.isPending} onClick={() => cancel.mutate(undefined, { onSuccess: close })}>
                  Cancel job
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          <SpaceBetween size="m">
            <Box variant="p">
              <strong>
                {describeJob(job)} in {account}
              </strong>{' '}
              ({job.counts.pending} of {job.counts.total} items not done yet). Items not sent by then are cancelled; those already sent keep
              their result. Cancelled items can be retried later.
            </Box>
            {cancel.isError && (
              <Alert type="error" header="Could not cancel the job">
                {explain(cancel.error)}
              </Alert>
            )}
          </SpaceBetween>
        </Modal>
      )}
    </>
  );
}
