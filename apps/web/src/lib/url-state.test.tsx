import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, useNavigationType } from 'react-router';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseUrlState, useUrlState } from './url-state.ts';

// Like a view's shape: an enum filter, a coerced number with a default, free text, a flag.
const viewShape = {
  status: z.enum(['active', 'suspended']).optional(),
  pageSize: z.coerce
    .number()
    .refine((size) => [25, 50, 100].includes(size))
    .default(50),
  query: z.string().min(1).optional(),
  tab: z.enum(['users', 'invitations']).default('users'),
};

const parse = (search: string) => parseUrlState(viewShape, new URLSearchParams(search));

describe('parseUrlState', () => {
  it('gives each parameter its default when the URL has none', () => {
    expect(parse('')).toEqual({ status: undefined, pageSize: 50, query: undefined, tab: 'users' });
  });

  it('reads valid parameters, coercing numbers', () => {
    expect(parse('status=suspended&pageSize=100&query=ana%40example.com&tab=invitations')).toEqual({
      status: 'suspended',
      pageSize: 100,
      query: 'ana@example.com',
      tab: 'invitations',
    });
  });

  it('falls back to the default for each bad parameter on its own, keeping the good ones', () => {
    expect(parse('status=deleted&pageSize=100')).toEqual({ status: undefined, pageSize: 100, query: undefined, tab: 'users' });
    expect(parse('status=active&pageSize=30&tab=nope')).toEqual({ status: 'active', pageSize: 50, query: undefined, tab: 'users' });
    expect(parse('pageSize=lots').pageSize).toBe(50);
  });

  it('treats an empty parameter as a value to validate, not as absent', () => {
    expect(parse('query=&pageSize=').query).toBeUndefined();
    expect(parse('pageSize=').pageSize).toBe(50);
  });

  it('reads only the first of a repeated parameter, and ignores parameters outside the shape', () => {
    expect(parse('status=active&status=suspended&other=1')).toEqual({ status: 'active', pageSize: 50, query: undefined, tab: 'users' });
  });
});

function renderUrlState(initialUrl: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[initialUrl]}>{children}</MemoryRouter>;
  return renderHook(
    () => {
      const [state, update] = useUrlState(viewShape);
      return { state, update, search: useLocation().search, navigation: useNavigationType(), navigate: useNavigate() };
    },
    { wrapper },
  );
}

describe('useUrlState', () => {
  it('reads the current URL', () => {
    const { result } = renderUrlState('/users?status=active&pageSize=25');

    expect(result.current.state).toEqual({ status: 'active', pageSize: 25, query: undefined, tab: 'users' });
  });

  it('writes a patch into the URL, keeping the other parameters, and reads it back', () => {
    const { result } = renderUrlState('/users?tab=invitations&keep=1');

    act(() => {
      result.current.update({ status: 'suspended', pageSize: 100 });
    });

    expect(new URLSearchParams(result.current.search).get('keep')).toBe('1');
    expect(result.current.state).toEqual({ status: 'suspended', pageSize: 100, query: undefined, tab: 'invitations' });
  });

  it('removes a parameter set to undefined or to empty text, so its default applies again', () => {
    const { result } = renderUrlState('/users?status=active&query=ana&pageSize=25');

    act(() => {
      result.current.update({ status: undefined, query: '' });
    });

    expect(result.current.search).toBe('?pageSize=25');
    expect(result.current.state.status).toBeUndefined();
  });

  it('pushes a history entry by default, and replaces the current one when asked', () => {
    const { result } = renderUrlState('/users');

    act(() => {
      result.current.update({ pageSize: 25 });
    });
    expect(result.current.navigation).toBe('PUSH');

    act(() => {
      result.current.update({ pageSize: 100 }, { replace: true });
    });
    expect(result.current.navigation).toBe('REPLACE');
    expect(result.current.search).toBe('?pageSize=100');
  });

  it('applies both of two updates made in one event, in one history entry', () => {
    const { result } = renderUrlState('/users?keep=1');

    act(() => {
      result.current.update({ status: 'active' });
      result.current.update({ pageSize: 25 });
    });

    expect(result.current.state).toEqual({ status: 'active', pageSize: 25, query: undefined, tab: 'users' });
    expect(new URLSearchParams(result.current.search).get('keep')).toBe('1');
    act(() => {
      void result.current.navigate(-1);
    });
    expect(result.current.search).toBe('?keep=1');
  });

  it('lets a later update in the same event override an earlier one on the same parameter', () => {
    const { result } = renderUrlState('/users');

    act(() => {
      result.current.update({ status: 'active', query: 'ana' });
      result.current.update({ status: 'suspended' });
    });

    expect(result.current.state).toMatchObject({ status: 'suspended', query: 'ana' });
  });

  it('starts from the URL again once it shows the last update', () => {
    const { result } = renderUrlState('/users');

    act(() => {
      result.current.update({ status: 'active' });
    });
    act(() => {
      result.current.update({ pageSize: 100 });
    });

    expect(result.current.search).toBe('?status=active&pageSize=100');
    expect(result.current.navigation).toBe('PUSH');
  });
});
