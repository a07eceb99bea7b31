import type { Session } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, setCsrfToken } from '@/lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

export async function signIn(username: string, password: string): Promise<Session> {
  const session = await callApi('login', { body: { username, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => signIn(username, password),
    onSuccess: (session) => {
      // Whatever a previous person had cached must not show to the next one.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
