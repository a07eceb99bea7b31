import type { Session } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, setCsrfToken, type BodyOf } from '@/lib/api-client.ts';
import { useNotifications } from '@/lib/notifications.tsx';
import { sessionQueryKey } from './get-session.ts';

export async function signIn(username: string, password: string): Promise<Session> {
  const session = await callApi('login', { body: { username, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  const { clear } = useNotifications();
  return useMutation({
    mutationFn: ({ username, password }: BodyOf<'login'>) => signIn(username, password),
    onSuccess: (session) => {
      // Whatever a previous person had cached must not show to the next one.
      queryClient.clear();
      clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
