/**
 * 署名 and 成文日期 without a seal (GB/T 9704 §7.3.5.2): the issuer 右空二字; the date on the next line,
 * its first character two characters right of the issuer's first character. When that would bring the
 * date closer than two characters to the margin (a date longer than the issuer, or nearly so), the
 * date is 右空二字 and the issuer moves left to keep the two-character step.
 *
 * Each line is placed by the edge that doesn't depend on a width estimate where it can be: the issuer
 * right-aligned 右空二字, the date left-aligned from the issuer's width (CJK only, so exact). Only the
 * long-date case has to estimate the date's width (digits, autospacing).
 */

import { FONT_SIZE, TEXT_WIDTH, TWO_CHARS } from './layout.js';
import { textWidth } from './measure.js';

/** Where a signature line sits: an alignment and the indent on that side, in twips. */
export type LinePlacement = { align: 'left'; left: number } | { align: 'right'; right: number };

/** Placement of the issuer and date lines. */
export function signatureLayout(
  issuer: string,
  dateText: string,
): { issuer: LinePlacement; date: LinePlacement } {
  const issuerWidth = textWidth(issuer, FONT_SIZE.body);
  const dateWidth = textWidth(dateText, FONT_SIZE.body);
  if (dateWidth + TWO_CHARS <= issuerWidth) {
    return {
      issuer: { align: 'right', right: TWO_CHARS },
      date: { align: 'left', left: TEXT_WIDTH - issuerWidth },
    };
  }
  return {
    issuer: { align: 'left', left: Math.max(0, TEXT_WIDTH - dateWidth - 2 * TWO_CHARS) },
    date: { align: 'right', right: TWO_CHARS },
  };
}
