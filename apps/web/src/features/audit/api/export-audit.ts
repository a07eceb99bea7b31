import { apiUrl } from '@/lib/api-client.ts';
import type { AuditQuery } from './list-audit.ts';

/** The CSV download of every entry matching the filters (streamed by the BFF, so any size works). */
export function exportAuditUrl(filters: Omit<AuditQuery, 'cursor' | 'pageSize'>): string {
  return apiUrl('exportAudit', { query: filters });
}
