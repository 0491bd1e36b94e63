/**
 * In-memory workbooks for the reader tests: a sheet is an array of rows, a row an array of cells
 * (column A first). Rows are numbered from 1 (or from `firstRow`); empty rows are left out, as a
 * real reader does, so numbering still follows the array.
 */
import type { CellValue, SheetRow, SheetSource, WorkbookSource } from '../../src/workbook/types.js';

/** One fake sheet. */
export interface FakeSheet {
  name: string;
  rows: readonly (readonly CellValue[])[];
  date1904?: boolean;
}

/** A SheetSource over rows held in memory. */
export function fakeSheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  date1904 = false,
): SheetSource {
  return {
    name,
    date1904,
    async *rows(): AsyncGenerator<SheetRow> {
      for (const [index, cells] of rows.entries()) {
        if (cells.every((c) => c === null || c === '')) continue;
        yield { row: index + 1, cells: [...cells] };
      }
    },
  };
}

/** A WorkbookSource of the given sheets. */
export function fakeWorkbook(file: string, sheets: readonly FakeSheet[]): WorkbookSource {
  return { file, sheets: sheets.map((s) => fakeSheet(s.name, s.rows, s.date1904)) };
}

/** Shorthand: a workbook of one sheet. */
export function oneSheet(
  file: string,
  name: string,
  rows: readonly (readonly CellValue[])[],
): WorkbookSource {
  return fakeWorkbook(file, [{ name, rows }]);
}
