import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths.ts';
import { accountsQueryFromUrl } from '@/features/accounts/hooks/use-accounts-view.ts';
import { apiUrl } from '@/lib/api-client.ts';
import { ROUTE_PRELOADS } from './route-preloads.ts';

describe('route preloads', () => {
  it('preloads for /accounts the request its default view makes, so that the fetch takes the preloaded answer', () => {
    const [accounts] = ROUTE_PRELOADS;
    expect(accounts?.path).toBe(paths.accounts.pattern);
    // What the router's loader and the page's table both ask for when the URL has no query.
    expect(accounts?.request).toBe(apiUrl('listAccounts', { query: accountsQueryFromUrl(new URLSearchParams()) }));
  });
});
