/**
 * The few Excel marks the annotated copy uses: fills, a note on a cell, a link to a cell, a frozen
 * header. NOTE: the shared Excel-writing module's fills and notes are to be one with these when it
 * lands in src/excel/; this file depends on exceljs's types only, and the caller loads exceljs.
 */
import type ExcelJS from 'exceljs';
import type { Severity } from '../domain/diagnostic.js';

/** Light red and light yellow, Excel's own 差 and 适中 fills: the text stays readable. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };

/** Fills a cell with a solid colour (ARGB). */
export function fillCell(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** A sheet name as a formula or link writes it: quoted, with its quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** The internal link target of a cell: `#'12月'!E14`. */
export function cellLinkTarget(sheet: string, address: string): string {
  return `#${quotedSheetName(sheet)}!${address}`;
}

/**
 * Makes a cell a link to another cell of the workbook. NOTE: a HYPERLINK formula, not a hyperlink
 * part: exceljs writes every hyperlink as an external relationship, which Excel resolves as a file;
 * `=HYPERLINK("#'Sheet'!B7", …)` is followed alike by Excel, WPS and LibreOffice.
 */
export function linkToCell(cell: ExcelJS.Cell, sheet: string, address: string, text: string): void {
  const literal = (s: string) => `"${s.replaceAll('"', '""')}"`;
  cell.value = {
    formula: `HYPERLINK(${literal(cellLinkTarget(sheet, address))},${literal(text)})`,
    result: text,
  };
  cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}

/** Puts a note (comment) on a cell. */
export function noteCell(cell: ExcelJS.Cell, text: string): void {
  cell.note = { texts: [{ text }] };
}

/** Freezes the rows above `row` (the header) and makes them bold. */
export function freezeHeader(sheet: ExcelJS.Worksheet, rows = 1): void {
  sheet.views = [{ state: 'frozen', ySplit: rows }];
  for (let r = 1; r <= rows; r++) sheet.getRow(r).font = { bold: true };
}
