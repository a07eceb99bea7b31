import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Chime has no batch sign-out: the bulk action calls this once per user. */
export const logoutUser = (accountId: string, userId: string) => callApi('logoutUser', { params: { accountId, userId } });

export const useLogoutUser = (accountId: string, userId: string) => useMutation({ mutationFn: () => logoutUser(accountId, userId) });
