import { describe, expect, it } from 'vitest';
import { nextStep } from './use-stepped-count.ts';

describe('nextStep', () => {
  it('when the real count jumps from 0 to the end, climbs through intermediate counts in about eight steps', () => {
    const seen: number[] = [];
    for (let shown = 0; shown < 60; shown = nextStep(shown, 60, 60)) seen.push(shown);
    expect(seen).toEqual([0, 8, 16, 24, 32, 40, 48, 56]);
  });

  it('never passes the real count, and follows it down at once (a retry)', () => {
    expect(nextStep(8, 10, 60)).toBe(10);
    expect(nextStep(40, 0, 60)).toBe(0);
  });

  it('when there are fewer items than steps, moves one item at a time', () => {
    expect(nextStep(0, 3, 3)).toBe(1);
  });
});
