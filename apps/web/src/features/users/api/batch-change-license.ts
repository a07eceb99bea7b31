import type { License } from '@chime-console/contracts';
import { callApi } from '@/lib/api-client.ts';

/** Up to BATCH_LICENSE_LIMIT (20) users per call; a result per user. */
export const batchChangeLicense = (accountId: string, userIds: string[], licenseType: License) =>
  callApi('batchChangeLicense', { params: { accountId }, body: { userIds, licenseType } });
