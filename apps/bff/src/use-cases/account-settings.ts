import type { AccountSettings } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';

/** Answers the settings read back after the change, so the page shows what Chime now holds. */
export async function updateAccountSettings(
  chime: ChimeGateway,
  accountId: string,
  changes: Partial<AccountSettings>,
): Promise<AccountSettings> {
  await chime.updateAccountSettings(accountId, changes);
  return chime.getAccountSettings(accountId);
}
