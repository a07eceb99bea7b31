import { useCallback, useMemo } from 'react';
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
 * back to its default instead of breaking the page. Put everything that changes in one patch:
 * React Router does not queue search-parameter updates, so a second call in the same event
 * starts from the URL before the first and undoes it.
 */
export function useUrlState<S extends Shape>(shape: S): [State<S>, (patch: Patch<S>, options?: { replace?: boolean }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseUrlState(shape, searchParams), [searchParams, shape]);

  const update = useCallback(
    (patch: Patch<S>, options?: { replace?: boolean }) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '' || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options?.replace ?? false },
      );
    },
    [setSearchParams],
  );
  return [state, update];
}
