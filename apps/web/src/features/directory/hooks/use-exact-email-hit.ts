import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { PAGE_HITS, searchDirectoryQueryOptions } from '../api/search-directory.ts';
import { hitHref } from '../components/hit-option.ts';

/**
 * Where Enter on a full email goes without asking Chime: the one user the search already shown
 * has with exactly that email. Undefined when the results are not in yet, or hold none or several
 * (the exact lookup in Chime decides then).
 */
export function useExactEmailHit(): (email: string) => string | undefined {
  const queryClient = useQueryClient();
  return useCallback(
    (email: string) => {
      const answer = queryClient.getQueryData(searchDirectoryQueryOptions(email, PAGE_HITS).queryKey);
      const exact = answer?.hits.filter((hit) => hit.kind === 'user' && hit.user.email?.toLowerCase() === email.toLowerCase()) ?? [];
      const [only] = exact;
      return exact.length === 1 && only ? hitHref(only) : undefined;
    },
    [queryClient],
  );
}
