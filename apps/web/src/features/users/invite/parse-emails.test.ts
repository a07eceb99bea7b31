import { describe, expect, it } from 'vitest';
import { checkAddresses, flagExisting, locate, problemsFirst, toSend } from './parse-emails.ts';
import type { RawAddress } from './read-addresses.ts';

const pasted = (...texts: string[]): RawAddress[] => texts.map((text, index) => ({ line: index + 1, text }));
const statuses = (entries: readonly { check: { status: string } }[]) => entries.map((entry) => entry.check.status);

describe('locate', () => {
  it('names the line of pasted text, and the file and line of an upload', () => {
    expect(locate({ line: 3 })).toBe('line 3');
    expect(locate({ line: 3, file: 'people.csv' })).toBe('people.csv, line 3');
  });
});

describe('checkAddresses', () => {
  it('accepts a valid address, trimmed and lower-cased, keeping what was read', () => {
    const [entry] = checkAddresses([{ line: 2, file: 'people.csv', text: ' Ana.Lee@Example.COM ' }]);

    expect(entry).toEqual({
      line: 2,
      file: 'people.csv',
      text: ' Ana.Lee@Example.COM ',
      email: 'ana.lee@example.com',
      check: { status: 'new' },
    });
  });

  it.each(['nobody', 'ana@', '@example.com', 'ana@example', ''])('flags "%s" as malformed, with the reason', (text) => {
    const [entry] = checkAddresses(pasted(text));

    expect(entry?.check).toEqual({ status: 'malformed', reason: 'Enter an email address like name@example.com' });
    expect(entry?.email).toBeUndefined();
  });

  it('flags an address longer than Chime allows (320 characters)', () => {
    const long = `${'a'.repeat(309)}@example.com`;

    expect(statuses(checkAddresses(pasted(long.slice(1), long)))).toEqual(['new', 'malformed']);
  });

  it('passes on the problem of a row that gave no address', () => {
    const [entry] = checkAddresses([{ line: 4, text: 'Bo,', problem: 'no address in column 2' }]);

    expect(entry?.check).toEqual({ status: 'malformed', reason: 'no address in column 2' });
  });

  it('flags repeats, whatever their case, against where the address first appeared', () => {
    const entries = checkAddresses([
      { line: 1, text: 'ana@example.com' },
      { line: 5, file: 'people.csv', text: 'ANA@example.com' },
      { line: 9, text: 'Ana@Example.com' },
    ]);

    expect(entries.map((entry) => entry.check)).toEqual([
      { status: 'new' },
      { status: 'duplicate', first: 'line 1' },
      { status: 'duplicate', first: 'line 1' },
    ]);
    expect(entries[1]?.email).toBe('ana@example.com');
  });

  it('does not count a malformed entry as the first occurrence', () => {
    expect(statuses(checkAddresses(pasted('ana@example', 'ana@example.com', 'ana@example')))).toEqual(['malformed', 'new', 'malformed']);
  });

  it('checks nothing when nothing was read', () => {
    expect(checkAddresses([])).toEqual([]);
  });
});

describe('toSend', () => {
  it('lists the new addresses only, normalized, in the order read', () => {
    const entries = checkAddresses(pasted('Bo@example.com', 'nobody', 'ana@example.com', 'BO@example.com'));

    expect(toSend(entries)).toEqual(['bo@example.com', 'ana@example.com']);
  });
});

describe('flagExisting', () => {
  it('marks new addresses the account already has, comparing without case', () => {
    const entries = checkAddresses(pasted('ana@example.com', 'bo@example.com'));

    const flagged = flagExisting(entries, [{ email: 'Ana@Example.com', accountId: 'acc-1', registrationStatus: 'Registered' }], 'acc-1');

    expect(statuses(flagged)).toEqual(['existing', 'new']);
    expect(flagged[0]?.check).toEqual({ status: 'existing', registrationStatus: 'Registered' });
    expect(toSend(flagged)).toEqual(['bo@example.com']);
  });

  it('names the other account of an address that is a user there', () => {
    const entries = checkAddresses(pasted('ana@example.com'));

    const flagged = flagExisting(entries, [{ email: 'ana@example.com', accountId: 'acc-2', accountName: 'Sales' }], 'acc-1');

    expect(flagged[0]?.check).toEqual({ status: 'existing', elsewhere: { accountId: 'acc-2', accountName: 'Sales' } });
  });

  it('leaves duplicates and malformed entries as they were', () => {
    const entries = checkAddresses(pasted('ana@example.com', 'ana@example.com', 'nobody'));

    const existing = [{ email: 'ana@example.com', accountId: 'acc-1' }];

    expect(statuses(flagExisting(entries, existing, 'acc-1'))).toEqual(['existing', 'duplicate', 'malformed']);
  });

  it('changes nothing when no address exists yet', () => {
    const entries = checkAddresses(pasted('ana@example.com'));

    expect(flagExisting(entries, [], 'acc-1')).toEqual(entries);
  });
});

describe('problemsFirst', () => {
  it('lists the addresses that will not be sent first, each group in the order read', () => {
    const entries = checkAddresses(pasted('ana@example.com', 'nobody', 'bo@example.com', 'ANA@example.com'));

    expect(problemsFirst(entries).map((entry) => entry.text)).toEqual(['nobody', 'ANA@example.com', 'ana@example.com', 'bo@example.com']);
  });
});
