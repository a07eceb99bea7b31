import Button from '@cloudscape-design/components/button';

/** What a refresh needs of a TanStack query. */
interface Refreshable {
  isFetching: boolean;
  isPending: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * Reads the query again. It spins only while data already shown is being refreshed: the first
 * load has the table's own loading state.
 */
export function RefreshButton({ query, label }: { query: Refreshable; label?: string }) {
  return (
    <Button
      iconName="refresh"
      ariaLabel={label === undefined ? 'Refresh' : undefined}
      loading={query.isFetching && !query.isPending}
      onClick={() => void query.refetch()}
    >
      {label}
    </Button>
  );
}
