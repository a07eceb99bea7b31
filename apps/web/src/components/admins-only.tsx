import Alert from '@cloudscape-design/components/alert';
import Link from '@cloudscape-design/components/link';
import { paths } from '@/config/paths.ts';
import { useFollow } from '@/lib/use-follow.ts';

/** What a non-admin sees on an admin page (the BFF refuses them anyway): why, and where to go instead. */
export function AdminsOnly({ what }: { what: string }) {
  const follow = useFollow();
  return (
    <Alert type="info" header="Admins only">
      {what} is for console admins; your role does not include it. Ask a console admin if you need it, or go back to{' '}
      <Link href={paths.accounts.to()} onFollow={follow}>
        Accounts
      </Link>
      .
    </Alert>
  );
}
