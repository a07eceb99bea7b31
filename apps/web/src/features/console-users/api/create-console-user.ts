import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf } from '@/lib/api-client.ts';
import { consoleUsersQueryKey } from './list-console-users.ts';

export type CreateConsoleUserInput = BodyOf<'createConsoleUser'>;

export function useCreateConsoleUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsoleUserInput) => callApi('createConsoleUser', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleUsersQueryKey }),
  });
}
