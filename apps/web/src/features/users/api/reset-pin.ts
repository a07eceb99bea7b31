import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/**
 * A PIN lives only in this mutation's state while its modal is open: never in the query cache,
 * and `gcTime: 0` drops it as soon as nothing observes it, so a reload or a later visit cannot show it.
 */
export const useResetPin = (accountId: string, userId: string) =>
  useMutation({ mutationFn: () => callApi('resetPin', { params: { accountId, userId } }), gcTime: 0 });
