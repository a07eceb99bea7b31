import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, setCsrfToken } from '@/lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('logout', {}),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
