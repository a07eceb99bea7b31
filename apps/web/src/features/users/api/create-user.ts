import type { User } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountUsersQueryKey } from './list-users.ts';

export interface CreateUserInput {
  email: string;
  username?: string;
  userType?: NonNullable<User['userType']>;
}

export function useCreateUser(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserInput) => callApi('createUser', { params: { accountId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountUsersQueryKey(accountId) }),
  });
}
