import { paths } from '@/config/paths.ts';
import { JobsTable } from '@/features/jobs/components/jobs-table.tsx';
import { accountName } from '../layout/account-name.tsx';
import { PageLayout } from '../layout/page-layout.tsx';

export function JobsRoute() {
  return (
    <PageLayout
      breadcrumbs={[
        { text: 'Chime Console', href: paths.accounts.to() },
        { text: 'Bulk jobs', href: paths.jobs.to() },
      ]}
      contentType="table"
    >
      <JobsTable accountLabel={accountName} />
    </PageLayout>
  );
}
