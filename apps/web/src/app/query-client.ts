import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { auditQueryKey } from '@/features/audit/api/list-audit.ts';
import { sessionQueryKey } from '@/features/auth/api/get-session.ts';
import { ApiError, isSessionEnded } from '@/lib/api-error.ts';

/**
 * A session that ended (expired, or ended by an admin) answers 401 `unauthenticated` anywhere:
 * forgetting it lets the route guard send the person to sign-in, and back to where they were after.
 * Other 401s are answers to the action itself (a wrong current password), shown where it happened.
 */
function onError(error: unknown, queryClient: () => QueryClient): void {
  if (isSessionEnded(error)) queryClient().setQueryData(sessionQueryKey, null);
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error, () => client) }),
    mutationCache: new MutationCache({
      onError: (error) => onError(error, () => client),
      // Every change, made or refused, leaves an audit entry: a user's history on screen shows it at once.
      // Not awaited: the mutation answers its caller without waiting for the refetch.
      onSettled: () => void client.invalidateQueries({ queryKey: auditQueryKey }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // The BFF's SDK already retried throttling and 5xx upstream; only a lost connection is worth one more try here.
        retry: (failures, error) => failures < 1 && error instanceof ApiError && error.problem.code === 'network',
      },
    },
  });
  return client;
}

/** The one client of the page: the router's loaders prefetch into it, the components read from it. */
export const queryClient = createQueryClient();
