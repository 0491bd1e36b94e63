/**
 * 版记: 抄送 and 印发机关/印发日期 between full-width rules (thick first and last, thin between), 四号
 * 仿宋, one character in from each side; the last rule on the bottom edge of the last page's 版心.
 *
 * Realised as a one-column table, as wide as the 版心, floated to the bottom of the text area of the page
 * it falls on (`w:tblpPr` tblpYSpec="bottom", vertAnchor="margin"). Its borders are the rules. It needs
 * no section or page of its own: written after the last attachment, it sits at the foot of that page.
 * NOTE: the horizontal anchor is the page (x = left margin), not the margin: LibreOffice (7.4) keeps a
 * margin-anchored floating table as wide as the text area in line, and only floats it when page-anchored.
 */

import type { Colophon } from '../document-model.js';
import type { Docx } from './docx-module.js';
import { FONT_SIZE, PAGE_MARGIN, TEXT_WIDTH } from './layout.js';
import { textWidth } from './measure.js';
import { COLOPHON_INSET, ccText } from './paginate.js';
import { STYLE } from './styles.js';

/** 0.35 mm and 0.25 mm rules, in eighths of a point. */
export const THICK_RULE = 8;
export const THIN_RULE = 6;

type Paragraph = InstanceType<Docx['Paragraph']>;

/** The 版记 table. NOTE: the caller must follow it with a paragraph (its anchor) and not put it right after another table. */
export function buildColophon(D: Docx, colophon: Colophon) {
  const cc = colophon.cc?.trim() ?? '';
  const rows = [...(cc === '' ? [] : [ccParagraph(D, cc)]), printerParagraph(D, colophon)].map(
    (paragraph) =>
      new D.TableRow({
        cantSplit: true,
        children: [
          new D.TableCell({ width: { size: TEXT_WIDTH, type: D.WidthType.DXA }, children: [paragraph] }),
        ],
      }),
  );
  const rule = (size: number) => ({ style: D.BorderStyle.SINGLE, size, color: '000000' });
  const none = { style: D.BorderStyle.NONE, size: 0, color: 'auto' };
  return new D.Table({
    width: { size: TEXT_WIDTH, type: D.WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: D.TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: rule(THICK_RULE),
      bottom: rule(THICK_RULE),
      insideHorizontal: rule(THIN_RULE),
      left: none,
      right: none,
      insideVertical: none,
    },
    float: {
      horizontalAnchor: D.TableAnchorType.PAGE,
      absoluteHorizontalPosition: PAGE_MARGIN.left,
      verticalAnchor: D.TableAnchorType.MARGIN,
      relativeVerticalPosition: D.RelativeVerticalPosition.BOTTOM,
      overlap: D.OverlapType.NEVER,
    },
    rows,
  });
}

/** "抄送：…。" — wrapped names align after the colon; the last name ends with a full stop. */
function ccParagraph(D: Docx, cc: string): Paragraph {
  const hanging = textWidth('抄送：', FONT_SIZE.colophon);
  return new D.Paragraph({
    style: STYLE.colophon,
    alignment: D.AlignmentType.JUSTIFIED,
    indent: { left: COLOPHON_INSET + hanging, hanging, right: COLOPHON_INSET },
    text: ccText(cc),
  });
}

/** 印发机关 one character in at the left, "2023年1月9日印发" one character in at the right. */
function printerParagraph(D: Docx, colophon: Colophon): Paragraph {
  return new D.Paragraph({
    style: STYLE.colophon,
    indent: { left: COLOPHON_INSET, right: COLOPHON_INSET },
    tabStops: [{ type: D.TabStopType.RIGHT, position: TEXT_WIDTH - COLOPHON_INSET }],
    children: [
      new D.TextRun({ text: colophon.printer }),
      new D.TextRun({ children: [new D.Tab(), `${colophon.printDateText}印发`] }),
    ],
  });
}
