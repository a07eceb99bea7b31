import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import type { ResponseOf } from '@/lib/api-client.ts';

type AgeBuckets = ResponseOf<'invitationOverview'>['pendingByAge'];

/** How long the pending invitations have waited: the older ones are worth a reminder. */
export function PendingByAge({ buckets }: { buckets: AgeBuckets | undefined }) {
  return (
    <Container
      header={
        <Header variant="h2" description="Pending invitations across all accounts, by the time since they were last sent.">
          Pending by age
        </Header>
      }
    >
      {buckets === undefined ? (
        <Spinner />
      ) : (
        <ColumnLayout columns={buckets.length} variant="text-grid">
          {buckets.map((bucket) => (
            <div key={bucket.label} role="group" aria-label={`Pending ${bucket.label}`}>
              <Box variant="awsui-key-label">{bucket.label}</Box>
              <Box variant="awsui-value-large">{bucket.count}</Box>
            </div>
          ))}
        </ColumnLayout>
      )}
    </Container>
  );
}
