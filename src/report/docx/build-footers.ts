/**
 * 页码: 四号半角宋体 Arabic numerals between dashes, "— 1 —", odd pages at the right and even pages at the
 * left, one character in from the 版心's edge. Needs `evenAndOddHeaderAndFooters` on the Document.
 */

import type { Docx } from './docx-module.js';
import { charWidth, FONT_SIZE } from './layout.js';
import { STYLE } from './styles.js';

/** One character at 四号: how far the page number sits in from the edge of the 版心. */
export const PAGE_NUMBER_INSET = charWidth(FONT_SIZE.pageNumber);

/**
 * The section's footers: `default` serves odd pages, `even` even pages. `numbered: false` gives empty
 * footers (a section without its own would show the previous section's page numbers).
 */
export function buildFooters(D: Docx, options: { numbered?: boolean } = {}) {
  if (options.numbered === false) {
    return {
      default: new D.Footer({ children: [new D.Paragraph({ style: STYLE.pageNumber })] }),
      even: new D.Footer({ children: [new D.Paragraph({ style: STYLE.pageNumber })] }),
    };
  }
  const pageNumber = (odd: boolean) =>
    new D.Paragraph({
      style: STYLE.pageNumber,
      alignment: odd ? D.AlignmentType.RIGHT : D.AlignmentType.LEFT,
      indent: odd ? { right: PAGE_NUMBER_INSET } : { left: PAGE_NUMBER_INSET },
      children: [new D.TextRun({ children: ['— ', D.PageNumber.CURRENT, ' —'] })],
    });
  return {
    default: new D.Footer({ children: [pageNumber(true)] }),
    even: new D.Footer({ children: [pageNumber(false)] }),
  };
}
