import type { Role } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { consoleUsersQueryKey } from './list-console-users.ts';

export interface UpdateConsoleUserInput {
  id: string;
  changes: { role?: Role; disabled?: boolean };
}

/** Changes a console user's role, or disables (signing them out everywhere) or enables them. */
export function useUpdateConsoleUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateConsoleUserInput) => callApi('updateConsoleUser', { params: { id }, body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleUsersQueryKey }),
  });
}
