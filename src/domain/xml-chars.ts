/**
 * The characters a .docx cannot hold (docs/templates.md, “不能写进通报的字符”): XML 1.0 allows only tab,
 * line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. The other C0 controls,
 * U+FFFE, U+FFFF and a surrogate without its pair make a part that Word and LibreOffice refuse to open.
 * One home for the rule: the cell decoder, the config, the highlights reader, the template and the
 * .docx writer all ask it.
 */

/** Any character that may be forbidden; a surrogate here may still be half of a valid pair. */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Forbidden characters, a lone surrogate matched alone (a valid pair is left). */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What kind of character a forbidden one is, for the message. */
export type ForbiddenKind = 'control' | 'noncharacter' | 'surrogate';

/** A forbidden character found in a text: where (0-based UTF-16 index), its code and its kind. */
export interface ForbiddenChar {
  index: number;
  code: number;
  kind: ForbiddenKind;
}

/** The first character of `text` that XML 1.0 forbids, or undefined. */
export function findForbiddenChar(text: string): ForbiddenChar | undefined {
  if (!SUSPECT.test(text)) return undefined;
  FORBIDDEN.lastIndex = 0;
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const kind: ForbiddenKind =
    code >= 0xd800 && code <= 0xdfff ? 'surrogate' : code >= 0xfffe ? 'noncharacter' : 'control';
  return { index: m.index, code, kind };
}

/** A quick test: false means `text` certainly holds no forbidden character. */
export function mayHaveForbiddenChar(text: string): boolean {
  return SUSPECT.test(text);
}

/** True when `text` holds a character XML 1.0 forbids. */
export function hasForbiddenChar(text: string): boolean {
  return SUSPECT.test(text) && findForbiddenChar(text) !== undefined;
}

/** `text` without the characters XML 1.0 forbids. */
export function removeForbiddenChars(text: string): string {
  return SUSPECT.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** `U+FFFE`, the way a message names a character. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A sentence on a forbidden character for a message: what it is and where, in Chinese.
 * `第4个字符` counts characters as a user sees them (a surrogate pair is one).
 */
export function describeForbiddenChar(text: string, found: ForbiddenChar): string {
  const position = [...text.slice(0, found.index)].length + 1;
  const before = [...text.slice(0, found.index)].slice(-6).join('');
  const where = before
    ? `第${position}个字符，在“${removeForbiddenChars(before)}”之后`
    : `第${position}个字符`;
  const what =
    found.kind === 'surrogate'
      ? '残缺的字符（半个代理对，文字在导出或复制时已损坏）'
      : `Word 文件不能保存的${found.kind === 'control' ? '控制字符' : '非字符'} ${codePointName(found.code)}`;
  return `${what}（${where}）`;
}

/** True for U+FFFD, the mark a decoder leaves where it lost a character. */
export function hasReplacementChar(text: string): boolean {
  return text.includes('\ufffd');
}
