import type { License } from '@chime-console/contracts';
import type { ChimeGateway } from '../chime/index.ts';

/** One Chime call each, within its per-call limit; every requested user gets one result. */

export async function changeLicenses(
  chime: ChimeGateway,
  accountId: string,
  request: { userIds: readonly string[]; licenseType: License },
) {
  return { results: await chime.batchUpdateLicense(accountId, request.userIds, request.licenseType) };
}

export async function suspendUsers(chime: ChimeGateway, accountId: string, userIds: readonly string[]) {
  return { results: await chime.batchSuspend(accountId, userIds) };
}

export async function unsuspendUsers(chime: ChimeGateway, accountId: string, userIds: readonly string[]) {
  return { results: await chime.batchUnsuspend(accountId, userIds) };
}
