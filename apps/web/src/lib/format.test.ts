import { describe, expect, it } from 'vitest';
import {
  daysSince,
  formatAge,
  formatDateTime,
  formatPendingAge,
  formatPercent,
  formatRelativeTime,
  formatWhen,
  percentOf,
  timeZoneName,
} from './format.ts';

const NOW = Date.parse('2026-12-04T17:40:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it.each([
    [ago(20_000), '20 seconds ago'],
    [ago(3 * MINUTE), '3 minutes ago'],
    [ago(59 * MINUTE + 59_000), '59 minutes ago'],
    [ago(90 * MINUTE), '1 hour ago'],
    [ago(2 * HOUR), '2 hours ago'],
    [ago(DAY + HOUR), 'yesterday'],
    [ago(2 * DAY), '2 days ago'],
    [ago(8 * DAY), 'last week'],
    [ago(40 * DAY), 'last month'],
    [ago(400 * DAY), 'last year'],
  ])('when the time is %s, then it reads "%s"', (iso, text) => {
    expect(formatRelativeTime(iso, NOW)).toBe(text);
  });

  it('when the time is later, then it reads "in …", except within a minute of clock skew', () => {
    expect(formatRelativeTime(ago(-5 * MINUTE), NOW)).toBe('in 5 minutes');
    expect(formatRelativeTime(ago(-2 * DAY), NOW)).toBe('in 2 days');
    expect(formatRelativeTime(ago(-3000), NOW)).toBe('now');
  });

  it('when there is no time or an unreadable one, then "-" or the text as it came', () => {
    expect(formatRelativeTime(undefined, NOW)).toBe('-');
    expect(formatRelativeTime('soon', NOW)).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('when asked in UTC, then it reads "Dec 4, 2026, 5:40 PM", with seconds and the zone when asked', () => {
    const iso = '2026-12-04T17:40:12Z';
    expect(formatDateTime(iso, { timeZone: 'utc' })).toBe('Dec 4, 2026, 5:40 PM');
    expect(formatDateTime(iso, { timeZone: 'utc', seconds: true, zoneName: true })).toBe('Dec 4, 2026, 5:40:12 PM UTC');
    expect(formatDateTime(undefined)).toBe('-');
  });

  it('when a time is given with how long ago, then both are there and "ago" is never doubled', () => {
    expect(formatWhen(ago(0), NOW)).toMatch(/^\w{3} \d{1,2}, 2026, \d{1,2}:\d{2} [AP]M \(now\)$/);
    expect(formatWhen(ago(3 * DAY), NOW)).toMatch(/\(3 days ago\)$/);
    expect(formatWhen(undefined, NOW)).toBe('-');
  });

  it('when the zone is UTC, then it is named so; local names the browser’s zone', () => {
    expect(timeZoneName('utc', NOW)).toBe('UTC');
    expect(timeZoneName('local', NOW)).not.toBe('');
  });
});

describe('ages', () => {
  it('when an invitation was sent, then its age is in whole days', () => {
    expect(daysSince(ago(23 * HOUR), NOW)).toBe(0);
    expect(formatAge(ago(23 * HOUR), NOW)).toBe('today');
    expect(formatAge(ago(DAY), NOW)).toBe('1 day');
    expect(formatAge(ago(3 * DAY + HOUR), NOW)).toBe('3 days');
    expect(formatAge(ago(-HOUR), NOW)).toBe('today');
  });

  it('when a pending invitation waited, then it reads "Pending 3 days"', () => {
    expect(formatPendingAge(ago(3 * DAY), NOW)).toBe('Pending 3 days');
    expect(formatPendingAge(ago(DAY), NOW)).toBe('Pending 1 day');
    expect(formatPendingAge(ago(HOUR), NOW)).toBe('Pending since today');
    expect(formatPendingAge(undefined, NOW)).toBe('Pending');
  });
});

describe('percentages', () => {
  it.each([
    [240, 241, '99%'],
    [241, 241, '100%'],
    [1, 1000, '<1%'],
    [0, 1000, '0%'],
    [1, 2, '50%'],
    [2, 3, '66%'],
    [5, 0, '0%'],
  ])('when %i of %i, then %s', (part, whole, text) => {
    expect(formatPercent(part, whole)).toBe(text);
  });

  it('when a progress bar is fed, then it never reaches 100 before the last item', () => {
    expect(percentOf(240, 241)).toBe(99);
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
  });
});

describe('compact times', () => {
  it('when a time is of this year, then a table cell leaves the year out; another year keeps it', () => {
    const thisYear = new Date();
    thisYear.setMonth(0, 2);
    expect(formatDateTime(thisYear.toISOString(), { compact: true })).not.toContain(String(thisYear.getFullYear()));
    expect(formatDateTime('2020-03-04T05:06:00Z', { compact: true, timeZone: 'utc' })).toBe('Mar 4, 2020, 5:06 AM');
  });
});
