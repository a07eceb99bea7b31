import { useParams } from 'react-router';
import { paths } from '@/config/paths.ts';
import { JobPage } from '@/features/jobs/components/job-page.tsx';
import { accountName } from '../layout/account-name.tsx';
import { JobsHelp } from '@/features/jobs/components/jobs-help.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function JobRoute() {
  const { jobId = '' } = useParams();
  return (
    <PageLayout
      breadcrumbs={[
        { text: 'Bulk jobs', href: paths.jobs.to() },
        { text: `Job ${jobId.slice(0, 8)}`, href: paths.job.to(jobId) },
      ]}
      help={<JobsHelp />}
    >
      <JobPage key={jobId} jobId={jobId} accountLabel={accountName} />
    </PageLayout>
  );
}
