import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

type Shape = Record<string, z.ZodType>;
type State<S extends Shape> = { [K in keyof S]: z.output<S[K]> };
type Patch<S extends Shape> = { [K in keyof S]?: z.input<S[K]> | undefined };

/** Reads a view's state from search parameters, each one on its own: a bad one falls back to its default. */
export function parseUrlState<S extends Shape>(shape: S, searchParams: URLSearchParams): State<S> {
  const entries = Object.entries(shape).map(([key, schema]) => {
    const parsed = schema.safeParse(searchParams.get(key) ?? undefined);
    return [key, parsed.success ? parsed.data : schema.safeParse(undefined).data];
  });
  return Object.fromEntries(entries) as State<S>;
}

/**
 * View state (filters, sort, page size, cursor, tab) lives in the URL, so a pasted link reopens
 * the same view and back/forward work. Each parameter is validated on its own: a bad one falls
 * back to its default instead of breaking the page.
 *
 * React Router does not queue search-parameter updates (its functional form is handed the URL of
 * the last render, not the one a previous call is about to write), so two calls in one event
 * would each start from the same URL and the second would undo the first. The parameters written
 * last are kept here until the URL shows them; a second call starts from those, and replaces the
 * history entry the first one made instead of adding another.
 */
export function useUrlState<S extends Shape>(shape: S): [State<S>, (patch: Patch<S>, options?: { replace?: boolean }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseUrlState(shape, searchParams), [searchParams, shape]);
  const pending = useRef<{ from: URLSearchParams; next: URLSearchParams }>(undefined);

  const update = useCallback(
    (patch: Patch<S>, options?: { replace?: boolean }) => {
      const continuing = pending.current?.from === searchParams;
      const next = new URLSearchParams(continuing && pending.current ? pending.current.next : searchParams);
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '' || value === null) next.delete(key);
        else next.set(key, String(value));
      }
      pending.current = { from: searchParams, next };
      setSearchParams(next, { replace: continuing || (options?.replace ?? false) });
    },
    [searchParams, setSearchParams],
  );
  return [state, update];
}
