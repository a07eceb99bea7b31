import { paths } from '@/config/paths.ts';
import { JobsTable } from '@/features/jobs/components/jobs-table.tsx';
import { accountName } from '../layout/account-name.tsx';
import { JobsHelp } from '@/features/jobs/components/jobs-help.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function JobsRoute() {
  return (
    <PageLayout breadcrumbs={[{ text: 'Bulk jobs', href: paths.jobs.to() }]} contentType="table" help={<JobsHelp />}>
      <JobsTable accountLabel={accountName} />
    </PageLayout>
  );
}
