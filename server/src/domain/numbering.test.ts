import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { nextNumber } from './numbering.ts';

const TP = { start: 1001, end: 1999 };
const none = () => false;

describe('nextNumber', () => {
  it('starts a new day at the start of the block', () => {
    expect(nextNumber(null, TP, none)).toBe(1001);
  });

  it('counts up from the last number issued', () => {
    expect(nextNumber(1022, TP, none)).toBe(1023);
  });

  it('wraps at the end of the block', () => {
    expect(nextNumber(1999, TP, none)).toBe(1001);
  });

  it('skips numbers still live after wrapping', () => {
    const live = new Set([1001, 1002, 1004]);
    expect(nextNumber(1999, TP, (n) => live.has(n))).toBe(1003);
  });

  it('refuses with a 409 when every number of the block is live', () => {
    const small = { start: 1, end: 3 };
    expect(() => nextNumber(2, small, () => true)).toThrow(DomainError);
    expect(() => nextNumber(2, small, () => true)).toThrow(/Every number from 1 to 3/);
  });
});
