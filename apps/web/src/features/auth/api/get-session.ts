import type { Session } from '@chime-console/contracts';
import { queryOptions } from '@tanstack/react-query';
import { callApi, setCsrfToken } from '@/lib/api-client.ts';
import { ApiError } from '@/lib/api-error.ts';

export const sessionQueryKey = ['session'] as const;

/** The signed-in person, or null when signed out: being signed out is a state, not an error. */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await callApi('me', {}, signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: ({ signal }) => getSession(signal), staleTime: 60_000 });
