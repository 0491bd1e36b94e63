import { describe, expect, it } from 'vitest';
import { formatRate, rateChange, roundedPercent } from '../../src/domain/format-rate.js';

describe('formatRate', () => {
  it.each([
    [442 / 445, 1, '99.3%'],
    [0.95, 1, '95.0%'],
    [1, 1, '100%'],
    [1, 0, '100%'],
    [0.9996, 1, '99.9%'],
    [0.99999, 2, '99.99%'],
    [0.99951, 0, '99%'],
    [0.9925, 1, '99.3%'],
    [0, 1, '0.0%'],
    [2 / 3, 2, '66.67%'],
  ])('%d with %d decimals prints %s', (fraction, decimals, text) => {
    expect(formatRate(fraction, decimals)).toBe(text);
  });

  it('prints a dash when nothing was checked', () => {
    expect(formatRate(null, 1)).toBe('—');
  });

  it('never prints 100% for a rate below 100 %', () => {
    for (let checked = 1000; checked <= 5000; checked += 997) {
      expect(formatRate((checked - 1) / checked, 1)).not.toBe('100%');
    }
  });
});

describe('rateChange', () => {
  it('works from the two rounded rates, in percentage points', () => {
    // 99.34 → 99.3 and 98.96 → 99.0: the circular says 提升0.3个百分点, not 0.38.
    expect(rateChange(0.9934, 0.9896, 1)).toBe(0.3);
    expect(rateChange(0.95, 1, 1)).toBe(-5);
    expect(rateChange(null, 1, 1)).toBeNull();
  });

  it('rounds half up on the decimal value', () => {
    expect(roundedPercent(0.9925, 1)).toBe(99.3);
    expect(roundedPercent(0.99949, 1)).toBe(99.9);
  });
});
