import { describe, expect, it } from 'vitest';
import { groupPin } from './pin-groups.ts';

describe('groupPin', () => {
  it('when the PIN has ten digits, reads as three, three and four', () => {
    expect(groupPin('1234567890')).toBe('123 456 7890');
  });

  it('when the PIN is longer, keeps every digit after the sixth in the last group', () => {
    expect(groupPin('123456789012')).toBe('123 456 789012');
  });

  it('when the PIN is six digits or fewer, leaves no empty group behind', () => {
    expect(groupPin('123456')).toBe('123 456');
    expect(groupPin('1234')).toBe('123 4');
    expect(groupPin('')).toBe('');
  });
});
