import { callApi } from '@/lib/api-client.ts';

/** Which of these emails (up to 10,000, one call) already belong to users of the account. */
export const checkInviteEmails = (accountId: string, emails: string[], signal?: AbortSignal) =>
  callApi('checkInviteEmails', { params: { accountId }, body: { emails } }, signal);
