import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type BodyOf } from '@/lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'changePassword'>) => callApi('changePassword', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
