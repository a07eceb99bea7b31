import { apiUrl } from '@/lib/api-client.ts';

/** The overview's per-account counts as CSV: a plain link, so the browser downloads it. */
export const exportInvitationOverviewUrl = (): string => apiUrl('exportInvitationOverview', {});
