import type { ResponseOf } from '@/lib/api-client.ts';
import { daysSince } from '@/lib/format.ts';

type InvitationPage = ResponseOf<'listInvitations'>;
type InviteResult = ResponseOf<'resendInvitation'>;

const COUNT_KEY = { Pending: 'pending', Accepted: 'accepted', Failed: 'failed', Removed: 'removed' } as const;

/**
 * A cached page of records as the BFF records a resend (status and email status from Chime's
 * answer, sent now by whoever resent it, one send more), counts moved along. Patched rather than
 * refetched so the row stays where the helpdesk clicked, even when it no longer fits the filter
 * (a failed invitation resent is pending); the next fetch brings the page in line.
 */
export function applyResend(page: InvitationPage, invite: InviteResult, sentBy: string, now = new Date()): InvitationPage {
  const email = invite.email.toLowerCase();
  const before = page.items.find((item) => item.email === email);
  if (!before) return page;
  const after = {
    ...before,
    ...(invite.inviteId !== undefined && { inviteId: invite.inviteId }),
    status: invite.status ?? before.status,
    emailStatus: invite.emailStatus ?? before.emailStatus,
    sentBy,
    sentAt: now.toISOString(),
    sends: before.sends + 1,
    checkedAt: undefined,
  };
  const counts = { ...page.counts };
  if (before.status) counts[COUNT_KEY[before.status]]--;
  if (after.status) counts[COUNT_KEY[after.status]]++;
  if (before.status === 'Pending' && (daysSince(before.sentAt, now.getTime()) ?? 0) > 7) counts.pendingOver7Days--;
  return { ...page, counts, items: page.items.map((item) => (item === before ? after : item)) };
}
