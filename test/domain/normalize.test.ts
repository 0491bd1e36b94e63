import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameKey, normalizeText } from '../../src/domain/normalize.js';

/** nameKey as defined, without its shortcut for ASCII and CJK text. */
function slowKey(value: string): string {
  return normalizeText(value)
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

describe('nameKey', () => {
  test.each([
    ['宜兴发改', '宜兴发改'],
    ['JS-0001', 'js-0001'],
    [' 宜兴 发改 ', '宜兴发改'],
    ['ＡＰＰ', 'app'],
    ['宜兴\u3000发改', '宜兴发改'],
    ['㈠号', '(一)号'],
    ['', ''],
  ])('%s → %s', (value, key) => {
    expect(nameKey(value)).toBe(key);
  });

  test('the shortcut gives the same key as the full folding', () => {
    const chars = fc.constantFrom(
      ...'aZ09-_()（）宜兴发改号 \u3000\u00a0\t\nＡｚ１㈠①⑴丽﨑\u9fff\u4e00\u3400\ufeffÅÅ',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const value = list.join('');
        expect(nameKey(value)).toBe(slowKey(value));
      }),
      { numRuns: 2000 },
    );
  });
});
