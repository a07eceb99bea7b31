import { describe, expect, it } from 'vitest';
import { accountTrail, accountsCrumb, pageSubject, pageTitle } from './breadcrumbs.ts';

describe('page titles', () => {
  it('name the page’s subject first, then the console', () => {
    expect(pageTitle([accountsCrumb])).toBe('Accounts · Chime Console');
    expect(pageTitle([...accountTrail('a-1', 'Acme Corp', 'users'), { text: 'ana@example.com', href: '/x' }])).toBe(
      'ana@example.com · Chime Console',
    );
  });

  it('name an account’s tab with its account', () => {
    expect(pageTitle(accountTrail('a-1', 'Acme Corp', 'users'))).toBe('Users · Acme Corp · Chime Console');
    expect(pageTitle(accountTrail('a-1', 'Acme Corp'))).toBe('Acme Corp · Chime Console');
  });

  it('give back the subject they were made from', () => {
    expect(pageSubject('ana@example.com · Chime Console')).toBe('ana@example.com');
    expect(pageSubject('Users · Acme Corp · Chime Console')).toBe('Users · Acme Corp');
    expect(pageSubject('Chime Console')).toBeUndefined();
  });
});
