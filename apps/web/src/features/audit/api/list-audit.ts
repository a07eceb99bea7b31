import type { z } from 'zod';
import type { auditQuerySchema } from '@chime-console/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client.ts';

/** Every audit query key starts here. */
export const auditQueryKey = ['audit'] as const;

export type AuditQuery = z.input<typeof auditQuerySchema>;

export const listAuditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: [...auditQueryKey, 'list', query],
    queryFn: ({ signal }) => callApi('listAudit', { query }, signal),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
    // New entries arrive with every change anyone makes: reopening the log shows them.
    staleTime: 0,
  });

export const useAuditLog = (query: AuditQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...listAuditQueryOptions(query), enabled: options.enabled ?? true });
