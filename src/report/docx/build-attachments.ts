/**
 * Attachment pages: each on a new page, "附件N" in 三号黑体 at the top left, the title centred in 二号
 * 小标宋 on the third line, then a real Word table across the 版心 whose header row repeats on every
 * page and whose rows never split.
 */

import type { Attachment, TableColumn } from '../document-model.js';
import { blankLine, titleParagraph } from './build-body.js';
import type { Docx } from './docx-module.js';
import { CELL_MARGIN, FONT_SIZE, TEXT_WIDTH, TITLE_GAP } from './layout.js';
import { attachmentWidths, countLines, rowHeight, rowLines } from './paginate.js';
import { STYLE } from './styles.js';

type Block = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

/** Every attachment's page(s), in order. A single attachment is labelled "附件" without a number. */
export function buildAttachments(D: Docx, attachments: readonly Attachment[]): Block[] {
  return attachments.flatMap((attachment, i) => {
    const label = attachments.length === 1 ? '附件' : `附件${i + 1}`;
    return [
      new D.Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: true, text: label }),
      blankLine(D),
      titleParagraph(D, attachment.title, TITLE_GAP),
      attachmentTable(D, attachment),
    ];
  });
}

function attachmentTable(D: Docx, attachment: Attachment) {
  const widths = attachmentWidths(attachment);
  const headers = attachment.columns.map((c) => c.header);
  const header = new D.TableRow({
    tableHeader: true,
    cantSplit: true,
    height: atLeast(D, rowHeight(rowLines(headers, widths))),
    children: attachment.columns.map((column, i) =>
      cell(D, column.header, widths[i] ?? 0, STYLE.tableHeader, D.AlignmentType.CENTER),
    ),
  });
  const rows =
    attachment.rows.length > 0
      ? attachment.rows.map((row) => dataRow(D, attachment.columns, widths, row))
      : [emptyRow(D, attachment, widths)];
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
) {
  return new D.TableRow({
    cantSplit: true,
    height: atLeast(D, rowHeight(rowLines(row, widths))),
    children: columns.map((column, i) =>
      cell(D, row[i] ?? '', widths[i] ?? 0, STYLE.tableText, alignment(D, column)),
    ),
  });
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
