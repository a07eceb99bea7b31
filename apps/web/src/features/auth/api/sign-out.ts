import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, setCsrfToken } from '@/lib/api-client.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { sessionQueryKey } from './get-session.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const { clear } = useNotifications();
  return useMutation({
    mutationFn: () => callApi('logout', {}),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      // Whatever the Flashbar said to this person (a job, a PIN reset) must not show to the next one.
      clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
