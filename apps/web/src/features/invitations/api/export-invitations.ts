import { apiUrl } from '@/lib/api-client.ts';
import type { ListInvitationsInput } from './list-invitations.ts';

/** The CSV of every invitation matching the filters shown (all pages, streamed by the BFF): a plain link, so the browser downloads it. */
export function exportInvitationsUrl(
  accountId: string,
  { status, pendingOlderThanDays, sentBy, source, emailContains }: ListInvitationsInput,
): string {
  return apiUrl('exportInvitations', { params: { accountId }, query: { status, pendingOlderThanDays, sentBy, source, emailContains } });
}
