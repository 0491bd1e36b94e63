import { describe, expect, test } from 'vitest';
import {
  describeForbiddenChar,
  findForbiddenChar,
  hasForbiddenChar,
  removeForbiddenChars,
} from '../../src/domain/xml-chars.js';

describe('the characters XML 1.0 forbids', () => {
  test.each([
    ['\u0000', 'control'],
    ['\u0007', 'control'],
    ['\u000b', 'control'],
    ['\u001f', 'control'],
    ['\ufffe', 'noncharacter'],
    ['\uffff', 'noncharacter'],
    ['\ud800', 'surrogate'],
    ['\udfff', 'surrogate'],
  ])('%j is found, named and removed', (ch, kind) => {
    const text = `宜兴${ch}发改`;
    expect(findForbiddenChar(text)).toEqual({ index: 2, code: ch.charCodeAt(0), kind });
    expect(removeForbiddenChars(text)).toBe('宜兴发改');
    expect(describeForbiddenChar(text, findForbiddenChar(text)!)).toContain('第3个字符，在“宜兴”之后');
  });

  test.each(['\t', '\n', '\r', ' ', '\ud83d\ude00', '\ufffd', '\ue000', '\u202e', '\u2028', '\ufdd0'])(
    '%j is allowed',
    (ch) => {
      expect(hasForbiddenChar(`a${ch}b`)).toBe(false);
      expect(removeForbiddenChars(`a${ch}b`)).toBe(`a${ch}b`);
    },
  );

  test('a surrogate half before or after a valid pair is still found', () => {
    expect(findForbiddenChar('\ud83d\ude00\ud800')?.index).toBe(2);
    expect(findForbiddenChar('\udc00\ud83d\ude00')?.index).toBe(0);
    expect(removeForbiddenChars('\udc00\ud83d\ude00\ud800')).toBe('\ud83d\ude00');
  });

  test('the message names the code point', () => {
    expect(describeForbiddenChar('ab\ufffe', findForbiddenChar('ab\ufffe')!)).toContain('U+FFFE');
  });
});
