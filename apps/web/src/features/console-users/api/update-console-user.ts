import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf, type CallInput } from '@/lib/api-client.ts';
import { consoleUsersQueryKey } from './list-console-users.ts';

export interface UpdateConsoleUserInput {
  id: CallInput<'updateConsoleUser'>['params']['id'];
  changes: BodyOf<'updateConsoleUser'>;
}

/** Changes a console user's role, or disables (signing them out everywhere) or enables them. */
export function useUpdateConsoleUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateConsoleUserInput) => callApi('updateConsoleUser', { params: { id }, body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleUsersQueryKey }),
  });
}
