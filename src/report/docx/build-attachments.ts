/**
 * Attachment pages: each on a new page, "附件N" in 三号黑体 at the top left, the title centred in 二号
 * 小标宋 on the third line, then a real Word table across the 版心 whose header row repeats on every
 * page and whose rows never split.
 *
 * NOTE: a province's table has tens of thousands of rows, and `docx`'s object model spent seconds and
 * hundreds of megabytes on them (docs/performance.md). So `docx` builds each table's frame — its
 * properties, grid and header row — around one placeholder row, and `attachmentRowsPatch` writes the
 * data rows as XML text in its place, element for element what `docx` writes for the same row (a test
 * compares the two packages byte for byte).
 */

import type { Attachment, TableColumn } from '../document-model.js';
import { blankLine, titleParagraph } from './build-body.js';
import type { Docx } from './docx-module.js';
import { CELL_MARGIN, FONT_SIZE, TEXT_WIDTH, TITLE_GAP } from './layout.js';
import { countLines, rowHeight, tableLayout } from './paginate.js';
import { STYLE } from './styles.js';

type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** How the data rows are written: as XML text in place of a placeholder (the default), or by `docx`. */
export type RowWriter = 'text' | 'docx';

/**
 * Every attachment's page(s), in order. A single attachment is labelled "附件" without a number. With
 * `rows` 'text', each table holds a placeholder row that `attachmentRowsPatch` replaces.
 */
export function buildAttachments(
  D: Docx,
  attachments: readonly Attachment[],
  rows: RowWriter = 'text',
): Block[] {
  return attachments.flatMap((attachment, i) => {
    const label = attachments.length === 1 ? '附件' : `附件${i + 1}`;
    return [
      new D.Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: true, text: label }),
      blankLine(D),
      titleParagraph(D, attachment.title, TITLE_GAP),
      attachmentTable(D, attachment, rows === 'text' ? i : undefined),
    ];
  });
}

/**
 * The placeholder of attachment `index`'s data rows: noncharacters, which no text in the document can
 * hold (`safeDocument` removes U+FDD0–U+FDEF from every value before the writer sees it).
 */
function rowsMark(index: number): string {
  return `\ufdee${index}\ufdef`;
}

/**
 * Replaces each table's placeholder row in `word/document.xml` with its data rows as XML text. Tables
 * without data rows (the 无 row) have no placeholder and are left as `docx` wrote them.
 */
export function attachmentRowsPatch(attachments: readonly Attachment[]): (xml: string) => string {
  return (xml) => {
    const parts: string[] = [];
    let from = 0;
    attachments.forEach((attachment, index) => {
      if (attachment.rows.length === 0) return;
      const mark = xml.indexOf(rowsMark(index), from);
      const start = mark < 0 ? -1 : xml.lastIndexOf('<w:tr>', mark);
      const end = mark < 0 ? -1 : xml.indexOf('</w:tr>', mark);
      if (start < from || end < 0) throw new Error(`附件${index + 1}的表格占位行不见了`);
      parts.push(xml.slice(from, start));
      // NOTE: each row goes into the one final join: a province's rows are tens of megabytes of text,
      // and joining them first into a table's string and then into the part's held them twice.
      pushDataRowsXml(attachment, parts);
      from = end + '</w:tr>'.length;
    });
    parts.push(xml.slice(from));
    return parts.join('');
  };
}

function attachmentTable(D: Docx, attachment: Attachment, placeholder?: number) {
  const layout = tableLayout(attachment);
  const { widths } = layout;
  const header = new D.TableRow({
    tableHeader: true,
    cantSplit: true,
    height: atLeast(D, layout.header),
    children: attachment.columns.map((column, i) =>
      cell(D, column.header, widths[i] ?? 0, STYLE.tableHeader, D.AlignmentType.CENTER),
    ),
  });
  const rows =
    attachment.rows.length === 0
      ? [emptyRow(D, attachment, widths)]
      : placeholder !== undefined
        ? [dataRow(D, attachment.columns, widths, [rowsMark(placeholder)], 0)]
        : attachment.rows.map((row, i) => dataRow(D, attachment.columns, widths, row, layout.rows[i] ?? 0));
  return new D.Table({
    width: { size: TEXT_WIDTH, type: D.WidthType.DXA },
    columnWidths: widths,
    layout: D.TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    rows: [header, ...rows],
  });
}

function dataRow(
  D: Docx,
  columns: readonly TableColumn[],
  widths: readonly number[],
  row: readonly string[],
  height: number,
) {
  return new D.TableRow({
    cantSplit: true,
    height: atLeast(D, height),
    children: columns.map((column, i) =>
      cell(D, row[i] ?? '', widths[i] ?? 0, STYLE.tableText, alignment(D, column)),
    ),
  });
}

/** Appends the data rows of a table to `out`, as `docx` writes them (see `dataRow`, `cell` and `cellRuns`). */
function pushDataRowsXml(attachment: Attachment, out: string[]): void {
  const { widths, rows: heights } = tableLayout(attachment);
  const cellStart = attachment.columns.map(
    (column, i) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/><w:vAlign w:val="center"/></w:tcPr>` +
      `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/><w:jc w:val="${column.align === 'left' ? 'left' : 'center'}"/></w:pPr>`,
  );
  attachment.rows.forEach((row, r) => {
    let xml = `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${heights[r] ?? 0}" w:hRule="atLeast"/></w:trPr>`;
    for (let i = 0; i < cellStart.length; i++) xml += `${cellStart[i]}${runsXml(row[i] ?? '')}</w:p></w:tc>`;
    out.push(`${xml}</w:tr>`);
  });
}

/** A cell's runs as `cellRuns` makes them: one per line, each after the first opened by a break. */
function runsXml(text: string): string {
  return text
    .split(/\r?\n/)
    .map(
      (line, i) => `<w:r>${i === 0 ? '' : '<w:br/>'}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text escaped as `docx` escapes it: the five predefined entities, and C0 controls other than tab and line breaks dropped. */
function escapeXml(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => XML_ESCAPES[char] ?? '');
}

/** One row across all columns saying the table is empty (e.g. "无"). */
function emptyRow(D: Docx, attachment: Attachment, widths: readonly number[]) {
  const text = attachment.emptyText ?? '无';
  return new D.TableRow({
    cantSplit: true,
    height: atLeast(D, rowHeight(countLines(text, FONT_SIZE.table, { first: TEXT_WIDTH, rest: TEXT_WIDTH }))),
    children: [
      new D.TableCell({
        columnSpan: Math.max(1, attachment.columns.length),
        width: { size: widths.reduce((a, b) => a + b, 0), type: D.WidthType.DXA },
        verticalAlign: D.VerticalAlignTable.CENTER,
        children: [
          new D.Paragraph({
            style: STYLE.tableText,
            alignment: D.AlignmentType.CENTER,
            text,
          }),
        ],
      }),
    ],
  });
}

/**
 * A row's minimum height: what `paginate` counts for it. Readers set a row at this height unless its text
 * needs more, so the table's page breaks fall where the writer expects them.
 */
function atLeast(D: Docx, value: number) {
  return { value, rule: D.HeightRule.ATLEAST };
}

function cell(D: Docx, text: string, width: number, style: string, align: AlignmentValue<Docx>) {
  return new D.TableCell({
    width: { size: width, type: D.WidthType.DXA },
    verticalAlign: D.VerticalAlignTable.CENTER,
    children: [new D.Paragraph({ style, alignment: align, children: cellRuns(D, text) })],
  });
}

/** A cell's text; a newline in it becomes a line break. */
function cellRuns(D: Docx, text: string) {
  return text.split(/\r?\n/).map((line, i) => new D.TextRun({ text: line, break: i === 0 ? 0 : 1 }));
}

type AlignmentValue<T extends Docx> = T['AlignmentType'][keyof T['AlignmentType']];

function alignment(D: Docx, column: TableColumn): AlignmentValue<Docx> {
  return column.align === 'left' ? D.AlignmentType.LEFT : D.AlignmentType.CENTER;
}
