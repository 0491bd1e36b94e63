import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/domain/chinese-number.js';

describe('chinese numbers', () => {
  it.each([
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
  ])('number %d is %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });

  it.each([
    [1, '一'],
    [99, '九十九'],
    [100, '100'],
    [1.5, '1.5'],
  ])('number %d is %s at the edges', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});
