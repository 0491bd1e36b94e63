/**
 * The document's styles: docDefaults carry the body text (三号仿宋, exact 579 spacing); named styles carry
 * each element's fonts, so a user who must swap a font edits one style in Word. Layout that depends on
 * the paragraph (indents, alignment) is set on the paragraphs themselves.
 */

import type { DocumentFonts } from '../document-model.js';
import type { Docx } from './docx-module.js';
import { FONT_SIZE, LINE_PITCH, TABLE_LINE } from './layout.js';

/** Style ids used by the builders. */
export const STYLE = {
  title: 'GwTitle',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  attachmentLabel: 'GwAttachmentLabel',
  tableText: 'GwTableText',
  tableHeader: 'GwTableHeader',
  colophon: 'GwColophon',
  pageNumber: 'GwPageNumber',
} as const;

/**
 * Exact spacing inside tables (TABLE_LINE, 1.5 × 小四) and the footer (about 1.3 × 四号). Not "single":
 * Word snaps auto-spaced lines to the 579 line grid (every table line 28.95 pt), and exact spacing it
 * leaves alone.
 */
const FOOTER_LINE = 360;

/**
 * Styles whose lines must not snap to the line grid. LibreOffice snaps every line to the grid whatever
 * its spacing, so a 二号 title line (taller than 28.95 pt in its font) takes two grid lines and a 小四
 * table line a whole one; `w:snapToGrid w:val="0"` in the style stops that (Word honours it too).
 * `docx` has no option for it in paragraph properties: `noGridSnapStyles` adds it to styles.xml.
 */
const NO_GRID_SNAP = [STYLE.title, STYLE.tableText, STYLE.tableHeader, STYLE.pageNumber];

/**
 * Adds `<w:snapToGrid w:val="0"/>` to the paragraph properties of the styles that must not snap,
 * before their `w:spacing` (the schema's order). Throws if a style is missing, so a `docx` upgrade that
 * writes styles differently fails the tests rather than the layout.
 */
export function noGridSnapStyles(stylesXml: string): string {
  let xml = stylesXml;
  for (const id of NO_GRID_SNAP) {
    const style = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`);
    const match = style.exec(xml);
    if (!match?.[0].includes('<w:pPr><')) throw new Error(`styles.xml: no paragraph properties for ${id}`);
    const patched = match[0].replace(/<w:spacing\b/, '<w:snapToGrid w:val="0"/><w:spacing');
    if (patched === match[0]) throw new Error(`styles.xml: no spacing in ${id}`);
    xml = xml.slice(0, match.index) + patched + xml.slice(match.index + match[0].length);
  }
  return xml;
}

/** Builds the `styles` option of the `docx` Document. */
export function buildStyles(D: Docx, fonts: DocumentFonts) {
  const font = (eastAsia: string) => ({ eastAsia, ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin });
  const compact = (line: number) => ({ line, lineRule: D.LineRuleType.EXACT, before: 0, after: 0 });
  return {
    default: {
      document: {
        run: {
          font: font(fonts.body),
          size: FONT_SIZE.body,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        // Widow and orphan control said outright: Word leaves it off when a document does not say,
        // LibreOffice turns it on, and `paginate` must know where pages break in both.
        paragraph: { spacing: compact(LINE_PITCH), widowControl: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: 'Gongwen Title',
        paragraph: { spacing: compact(LINE_PITCH) },
        run: { font: font(fonts.title), size: FONT_SIZE.title },
      },
      {
        id: STYLE.heading1,
        name: 'Gongwen Heading 1',
        paragraph: { outlineLevel: 0, keepNext: true },
        run: { font: font(fonts.heading1) },
      },
      { id: STYLE.attachmentLabel, name: 'Gongwen Attachment Label', run: { font: font(fonts.heading1) } },
      {
        id: STYLE.tableText,
        name: 'Gongwen Table Text',
        paragraph: { spacing: compact(TABLE_LINE) },
        run: { size: FONT_SIZE.table },
      },
      {
        id: STYLE.tableHeader,
        name: 'Gongwen Table Header',
        basedOn: STYLE.tableText,
        paragraph: { spacing: compact(TABLE_LINE), keepNext: true },
        run: { font: font(fonts.heading1), size: FONT_SIZE.table },
      },
      { id: STYLE.colophon, name: 'Gongwen Colophon', run: { size: FONT_SIZE.colophon } },
      {
        id: STYLE.pageNumber,
        name: 'Gongwen Page Number',
        paragraph: { spacing: compact(FOOTER_LINE) },
        run: {
          font: {
            eastAsia: fonts.pageNumber,
            ascii: fonts.pageNumber,
            hAnsi: fonts.pageNumber,
            cs: fonts.pageNumber,
          },
          size: FONT_SIZE.pageNumber,
        },
      },
    ],
    characterStyles: [{ id: STYLE.heading2, name: 'Gongwen Heading 2', run: { font: font(fonts.heading2) } }],
  };
}
