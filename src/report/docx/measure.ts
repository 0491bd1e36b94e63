/**
 * Text width estimates for layout decisions the writer must make itself (title line breaks, the
 * signature's indents, the 附件说明 hanging indent). A full-width character (CJK, full-width punctuation)
 * is one em; ASCII letters, digits and Latin punctuation are taken as half an em, which is right for
 * digits in Times New Roman and close enough for letters. Word and LibreOffice add a little space where
 * CJK text meets Latin letters or digits (autospacing: LibreOffice measured 0.2 em); it counts a quarter em.
 *
 * NOTE: paginate.ts has a finer model (Times New Roman widths per letter, autospacing 0.2 em) for filling
 * lines as the readers do. Merging the two onto that one keeps the sample's pages byte for byte, but moves
 * the break of a long title with digits into a word (关于开展2023年度…监管工作暨第一|季度专项检查…, the
 * breakTitle test): the title shapes and indents are tuned on this coarser, slightly wider measure, which
 * errs towards a line that fits. So the two stay, each documented for what it decides (docs/document.md).
 */

import { charWidth } from './layout.js';

/** 避头尾: characters that may not begin a line, and characters that may not end one. */
export const LINE_START_FORBIDDEN: ReadonlySet<string> = new Set([
  ...'，。、；：？！）》」』〕】”’%·…—,.;:?!)]',
]);
export const LINE_END_FORBIDDEN: ReadonlySet<string> = new Set([...'（《「『〔【“‘([']);

/** Half-em units added at each boundary between CJK text and Latin letters or digits. */
export const AUTOSPACE_UNITS = 0.5;

/** Whether a code point is set half-width (one unit) rather than full-width (two units). */
export function isHalfWidth(codePoint: number): boolean {
  return codePoint <= 0x02ff || (codePoint >= 0xff61 && codePoint <= 0xffdc);
}

/** Whether autospacing separates two adjacent characters (a CJK character and a Latin letter or digit). */
export function isAutospaced(a: string, b: string): boolean {
  const alnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
  const cjk = (c: string) => !isHalfWidth(c.codePointAt(0) ?? 0);
  return (alnum(a) && cjk(b)) || (cjk(a) && alnum(b));
}

/** Width in half-em units: 2 for a CJK character, 1 for a digit or Latin letter, plus autospacing. */
export function textUnits(text: string): number {
  let units = 0;
  let prev: string | undefined;
  for (const char of text) {
    units += isHalfWidth(char.codePointAt(0) ?? 0) ? 1 : 2;
    if (prev !== undefined && isAutospaced(prev, char)) units += AUTOSPACE_UNITS;
    prev = char;
  }
  return units;
}

/** Width in twips at a size in half-points: "无锡市人民政府办公室" at 三号 → 10 × 320 = 3200. */
export function textWidth(text: string, sizeHalfPoints: number): number {
  return Math.round((textUnits(text) * charWidth(sizeHalfPoints)) / 2);
}
