import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Audited by the BFF; like a reset PIN, kept only while its modal is open (see reset-pin.ts). */
export const useRevealPin = (accountId: string, userId: string) =>
  useMutation({ mutationFn: () => callApi('revealPin', { params: { accountId, userId } }), gcTime: 0 });
