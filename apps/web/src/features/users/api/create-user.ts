import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';

export type CreateUserInput = BodyOf<'createUser'>;

export function useCreateUser(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserInput) => callApi('createUser', { params: { accountId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) }),
  });
}
