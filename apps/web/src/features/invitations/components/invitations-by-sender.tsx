import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { ResponseOf } from '@/lib/api-client.ts';
import { sentCount } from './invitation-summary.tsx';
import { senderName } from './invitations-columns.tsx';

type SenderCounts = ResponseOf<'invitationOverview'>['senders'][number];

/** Who sent the invitations: the console users behind the funnel, and those sent elsewhere, most invitations first (as the BFF orders them). */
export function InvitationsBySender({ senders, loading }: { senders: SenderCounts[]; loading: boolean }) {
  return (
    <Table<SenderCounts>
      data-testid="invitations-per-sender"
      variant="container"
      items={senders}
      trackBy={(row) => senderName(row.sentBy)}
      loading={loading}
      loadingText="Loading senders"
      ariaLabels={{ tableLabel: 'Invitations per sender' }}
      header={
        <Header
          variant="h2"
          counter={loading ? undefined : `(${senders.length})`}
          description="The console users who sent them; those sent in Chime directly or by another tool are outside the console."
        >
          Per sender
        </Header>
      }
      columnDefinitions={[
        { id: 'sentBy', header: 'Sent by', cell: (row) => senderName(row.sentBy), isRowHeader: true },
        { id: 'sent', header: 'Sent', cell: (row) => sentCount(row) },
        { id: 'pending', header: 'Pending', cell: (row) => row.pending },
        { id: 'accepted', header: 'Accepted', cell: (row) => row.accepted },
        { id: 'failed', header: 'Failed', cell: (row) => row.failed },
        { id: 'removed', header: 'Removed', cell: (row) => row.removed },
        { id: 'pendingOver7Days', header: 'Pending > 7 days', cell: (row) => row.pendingOver7Days },
      ]}
      empty={null}
    />
  );
}
