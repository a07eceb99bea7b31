import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf } from '@/lib/api-client.ts';
import { consoleUsersQueryKey } from './list-console-users.ts';

/** Sets a temporary password: the person is signed out everywhere and must choose their own at next sign-in. */
export function useForceConsolePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string } & BodyOf<'forceConsolePassword'>) =>
      callApi('forceConsolePassword', { params: { id }, body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleUsersQueryKey }),
  });
}
