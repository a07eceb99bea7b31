import type { Account } from '@chime-console/contracts';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

export function AccountStatus({ status }: { status: Account['status'] }) {
  if (status === undefined) return <>-</>;
  return <StatusIndicator type={status === 'Active' ? 'success' : 'stopped'}>{status}</StatusIndicator>;
}
