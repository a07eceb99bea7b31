import type { ItemResult } from '@chime-console/contracts';
import { ApiError } from '@/lib/api-error.ts';

/** A batch call made for one user: its per-user error becomes the call's error, so the modal shows it. */
export function oneResult({ results }: { results: ItemResult[] }): ItemResult {
  const [result] = results;
  if (result?.ok === true) return result;
  throw new ApiError({
    type: 'about:blank',
    title: 'Chime refused the change',
    status: 422,
    detail: result?.error?.message ?? 'Chime returned no result for this user.',
    code: result?.error?.code ?? 'no_result',
    retryable: false,
  });
}
