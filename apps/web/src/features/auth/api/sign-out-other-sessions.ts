import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Ends every session of the signed-in person but this one; answers how many ended. */
export const signOutOtherSessions = () => callApi('signOutOtherSessions', {});

export const useSignOutOtherSessions = () => useMutation({ mutationFn: signOutOtherSessions });
