import { emailSchema } from '@chime-console/contracts';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, type ReactNode } from 'react';
import type { EmptyStateProps } from '@/components/empty-state.tsx';
import { TableShell } from '@/components/table-shell.tsx';
import { useFollow } from '@/lib/use-follow.ts';
import { PAGE_HITS, useDirectorySearch } from '../api/search-directory.ts';
import { directoryColumns } from './directory-columns.tsx';
import { hitHref, type AccountHit, type UserHit } from './hit-option.ts';

interface DirectoryResultsProps {
  /** What was searched (from the URL); empty shows nothing yet. */
  q: string;
  /** Asks Chime for exactly this email: the way on when the index does not have it (yet). */
  onLookUpEmail: (email: string) => void;
}

/** The index's answer to "Find a user": users in a table, matching accounts as links above it. */
export function DirectoryResults({ q, onLookUpEmail }: DirectoryResultsProps) {
  const follow = useFollow();
  const search = useDirectorySearch(q, PAGE_HITS);
  const columns = useMemo(() => directoryColumns(follow), [follow]);
  if (q === '') return null;
  const hits = search.data?.hits ?? [];
  const users = hits.filter((hit): hit is UserHit => hit.kind === 'user');
  const accounts = hits.filter((hit): hit is AccountHit => hit.kind === 'account');
  const email = emailSchema.safeParse(q).data;
  const lookUp = email !== undefined && <Button onClick={() => onLookUpEmail(email)}>Look up this exact email in Chime</Button>;
  return (
    <SpaceBetween size="m">
      {search.data?.incomplete === true && (
        <Alert type="info" header="The index is still being built">
          The console is still reading some accounts from Chime for the first time: users there may be missing from these results.
          {email !== undefined && ' Looking up the exact email asks Chime itself.'}
        </Alert>
      )}
      {accounts.length > 0 && (
        <Box>
          Accounts:{' '}
          {accounts.map((hit, index) => (
            <span key={hitHref(hit)}>
              {index > 0 && ', '}
              <Link href={hitHref(hit)} onFollow={follow}>
                {hit.account.name}
              </Link>
            </span>
          ))}
        </Box>
      )}
      <TableShell<UserHit>
        variant="container"
        title="Users"
        counter={search.data && `(${users.length}${hits.length >= PAGE_HITS ? '+' : ''})`}
        description={hits.length >= PAGE_HITS ? `The first ${PAGE_HITS} matches: type more to narrow them down.` : undefined}
        actions={users.length > 0 && lookUp}
        ariaLabels={{ tableLabel: `Users matching ${q}` }}
        items={users}
        trackBy={({ user }) => `${user.accountId}/${user.id}`}
        columnDefinitions={columns}
        loading={search.isPending || search.isPlaceholderData}
        loadingText="Searching"
        query={search}
        errorHeader="Could not search"
        empty={emptyState(email, lookUp)}
      />
    </SpaceBetween>
  );
}

function emptyState(email: string | undefined, lookUp: ReactNode): EmptyStateProps {
  if (email === undefined)
    return { title: 'No users match', description: 'Search by part of a name or an email, an email prefix, or a user ID.' };
  return {
    title: 'No user with this email in the index',
    description: 'The index is read from Chime in the background: a user added elsewhere a moment ago may not be in it yet.',
    action: lookUp,
  };
}
