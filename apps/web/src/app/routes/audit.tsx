import { AdminsOnly } from '@/components/admins-only.tsx';
import { paths } from '@/config/paths.ts';
import { AuditLog } from '@/features/audit/components/audit-log.tsx';
import { useMay } from '@/features/auth/use-session.ts';
import { PageLayout } from '../layout/page-layout.tsx';

export function AuditRoute() {
  const administer = useMay('administer');
  return (
    <PageLayout breadcrumbs={[{ text: 'Audit log', href: paths.audit.to() }]} contentType="table">
      {administer ? <AuditLog /> : <AdminsOnly what="The audit log" />}
    </PageLayout>
  );
}
