import type { Role } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { consoleUsersQueryKey } from './list-console-users.ts';

export interface CreateConsoleUserInput {
  username: string;
  password: string;
  role: Role;
}

export function useCreateConsoleUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsoleUserInput) => callApi('createConsoleUser', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleUsersQueryKey }),
  });
}
