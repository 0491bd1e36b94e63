/**
 * What a workbook reader hands to the record readers: plain cell values, row by row.
 * Every reader (xlsx, csv) produces this shape, so the record readers never see a file format.
 */
import type { DiagnosticCode } from '../domain/diagnostic-codes.js';

/** An error cell such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

/**
 * A cell's value as the user sees it.
 * - text (rich text joined, hyperlink text taken, inline strings decoded),
 * - number (formula results included; a date-formatted number is already a Date),
 * - boolean, Date (UTC; date cells and `t="d"` ISO cells), an error cell, or null for empty.
 * NOTE: only the master cell of a merged range carries its value; the others are null.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** One row of a sheet: `cells[0]` is column A. `row` is the 1-based row number in the sheet. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** One sheet of a workbook, read lazily. */
export interface SheetSource {
  name: string;
  /** True when the workbook uses the 1904 date system (matters for serial numbers typed into date columns). */
  date1904: boolean;
  /** True for a sheet the workbook hides (hidden sheets are still listed). Absent means visible. */
  hidden?: boolean;
  /** How a hidden sheet is hidden: `hidden` (Excel's 取消隐藏 shows it) or `veryHidden` (only VBA does). */
  visibility?: 'hidden' | 'veryHidden';
  /** The sheet's non-empty rows in order. Reading may fail; the iterator then throws a WorkbookReadError. */
  rows(): AsyncIterable<SheetRow>;
  /**
   * The same rows in non-empty batches, as the reader finishes them (one await per batch rather than per
   * row, for callers that read every row). Optional: a reader may offer `rows()` alone.
   */
  batches?(): AsyncIterable<readonly SheetRow[]>;
}

/** How far the reading of one workbook has come, reported as its sheets are read. */
export interface ReadProgress {
  /** The file as diagnostics name it. */
  file: string;
  /** Rows read so far, all sheets together. */
  rows: number;
  /** Bytes of sheet XML read so far, and in all the workbook's worksheets. */
  bytesRead: number;
  bytesTotal: number;
}

/** An opened workbook. */
export interface WorkbookSource {
  /** The path as given (or relative to the workspace), used in diagnostics. */
  file: string;
  sheets: SheetSource[];
}

/** Thrown by a reader for a file it cannot read; the message is Chinese and names the file. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: DiagnosticCode,
    message: string,
    readonly hint?: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

/** True for an error cell. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}
