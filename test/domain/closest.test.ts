import { describe, expect, test } from 'vitest';
import { closestMatch, closestMatches, editDistance, typoLimit } from '../../src/domain/closest.js';
import { headerKey, nameKey } from '../../src/domain/normalize.js';

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['平台类型', '平台类形', 1],
    ['宜兴发改', '宜兴发该', 1],
    ['宜兴发改', '宜兴发改委', 1],
    ['𠀀a', 'a', 1],
  ])('%j ↔ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('closestMatches', () => {
  const names = ['宜兴发改', '宜兴发布', '江阴发布', '无锡发布', '梁溪发布'];

  test('nearest first, ties in candidate order, at most three', () => {
    expect(closestMatches('宜兴发该', names)).toEqual(['宜兴发改', '宜兴发布']);
    expect(closestMatches('x发布', names, { maxDistance: 2 })).toEqual(['宜兴发布', '江阴发布', '无锡发布']);
  });

  test('nothing when nothing is close', () => {
    expect(closestMatches('市场监管', names)).toEqual([]);
  });

  test('with a key: headers compared as headerKey', () => {
    expect(closestMatch('平 台类形', ['平台类型', '账号名称'], { key: headerKey })).toBe('平台类型');
    expect(closestMatch('ＡＰＰ', ['app', '微博'], { key: nameKey })).toBe('app');
  });

  test('repeated candidates count once', () => {
    expect(closestMatches('宜兴发改', ['宜兴发改', '宜兴发改', '宜兴发布'])).toEqual([
      '宜兴发改',
      '宜兴发布',
    ]);
  });

  // Counted, not timed (a timing fails under load; speed is for `npm run bench`): one distance per
  // candidate, each cut off at the best distance known so far, which only ever shrinks.
  test('stays bounded on a long list', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `账号${i}`);
    const limits: number[] = [];
    const distance = (a: string, b: string, max: number) => {
      limits.push(max);
      return editDistance(a, b, max);
    };
    expect(closestMatches('账号19999', many, { distance })).toEqual(['账号19999', '账号1999', '账号9999']);
    expect(limits).toHaveLength(many.length);
    expect(limits.every((max, i) => i === 0 || max <= limits[i - 1]!)).toBe(true);
    expect(limits[0]).toBe(typoLimit('账号19999'));
    expect(limits.filter((max) => max === limits[0]).length).toBeLessThan(200);
    expect(limits.at(-1)).toBe(1);
  });

  test('typoLimit grows with length', () => {
    expect(typoLimit('ab')).toBe(1);
    expect(typoLimit('平台类型')).toBe(2);
  });
});
