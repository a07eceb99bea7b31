import type { Job } from '@chime-console/contracts';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths.ts';
import { formatDateTime } from '@/lib/format.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { JobStatus, KIND_LABELS } from './job-labels.tsx';
import { JobProgress } from './job-progress.tsx';

/** Who started the job on what, when, and how far it got. */
export function JobDetails({ job, account }: { job: Job; account: ReactNode }) {
  const follow = useFollow();
  return (
    <Container header={<Header variant="h2">Details</Header>}>
      <SpaceBetween size="l">
        <KeyValuePairs
          columns={4}
          items={[
            { label: 'Kind', value: KIND_LABELS[job.kind] },
            {
              label: 'Account',
              value: (
                <Link href={paths.account.to(job.accountId, job.kind === 'invite' ? 'invitations' : 'users')} onFollow={follow}>
                  {account}
                </Link>
              ),
            },
            { label: 'Status', value: <JobStatus job={job} /> },
            { label: 'Items', value: job.counts.total },
            { label: 'Created by', value: job.createdBy },
            { label: 'Created', value: formatDateTime(job.createdAt) },
            { label: 'Finished', value: formatDateTime(job.finishedAt) },
            ...(job.licenseType ? [{ label: 'New license', value: job.licenseType }] : []),
            ...(job.userType ? [{ label: 'User type', value: job.userType }] : []),
          ]}
        />
        <JobProgress job={job} />
      </SpaceBetween>
    </Container>
  );
}
