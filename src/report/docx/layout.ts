/**
 * GB/T 9704-2012 page geometry in Word units (docs/document.md, 版式的数值).
 * Twips: 1 pt = 20 twips. Font sizes: half-points.
 */

/** A4 portrait. */
export const PAGE_SIZE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm; bottom and right follow from the 156 × 225 mm 版心. Footer ≈ 7 mm below the 版心. */
export const PAGE_MARGIN = {
  top: 2098,
  bottom: 1984,
  left: 1587,
  right: 1474,
  header: 851,
  footer: 1260,
} as const;

/** Width of the 版心 (text area): 156 mm. NOTE: tables and the title's line length derive from it. */
export const TEXT_WIDTH = PAGE_SIZE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;

/** Height of the 版心 in twips: 225 mm, 22 lines of 579 and 18 twips to spare. */
export const TEXT_HEIGHT = PAGE_SIZE.height - PAGE_MARGIN.top - PAGE_MARGIN.bottom;

/** 225 mm / 22 lines: the exact line spacing and the document grid's pitch. */
export const LINE_PITCH = 579;

/** Font sizes in half-points. */
export const FONT_SIZE = {
  /** 二号: title, attachment titles. */
  title: 44,
  /** 三号: body, 附件N label. */
  body: 32,
  /** 四号: page numbers, 版记. */
  pageNumber: 28,
  colophon: 28,
  /**
   * 小四 for table cells: about 36 characters fit across the 版心, so unit and account names in a
   * third-width column stay on one line, and a 60-row list takes three pages rather than five.
   */
  table: 24,
} as const;

/** Width of one full-width (CJK) character at a size in half-points, in twips: 三号 → 320, 二号 → 440. */
export function charWidth(sizeHalfPoints: number): number {
  return sizeHalfPoints * 10;
}

/** Two characters at 三号: the first-line indent of the body and the 右空二字 of the signature. */
export const TWO_CHARS = 2 * charWidth(FONT_SIZE.body);

/** Exact line height inside tables (1.5 × 小四). */
export const TABLE_LINE = 360;

/** Cell padding in twips: a little air around 小四 text without wasting the narrow 版心. */
export const CELL_MARGIN = { top: 40, bottom: 40, left: 85, right: 85 } as const;

/** Space between an attachment's title and its table: a quarter line, so the 二号 title doesn't sit on the rule. */
export const TITLE_GAP = 144;
