import type { AccountSettings } from '@chime-console/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';
import { accountSettingsQueryKey } from './get-account-settings.ts';

export const updateAccountSettings = (accountId: string, body: Partial<AccountSettings>) =>
  callApi('updateAccountSettings', { params: { accountId }, body });

/** The BFF answers the settings read back after the change: what Chime now holds, not what was asked. */
export function useUpdateAccountSettings(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<AccountSettings>) => updateAccountSettings(accountId, body),
    onSuccess: (settings) => {
      queryClient.setQueryData(accountSettingsQueryKey(accountId), settings);
    },
  });
}
