/**
 * CSV (and tab-separated text that reporting systems save under an .xls name) as a one-sheet workbook.
 */

import { decodeText, TextEncodingError } from '../files/read-text-file.js';
import { ReadFailure, toWorkbookReadError } from './read-errors.js';
import type { TimeBudget } from './read-limits.js';
import type { CellValue, SheetRow, WorkbookSource } from './types.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Records parsed between two checks of the time budget. */
const BATCH = 2048;

/** Where the records start and what separates fields: Excel's `sep=;` line, else tab when the first line has more tabs than commas. */
export function detectDelimiter(text: string): { delimiter: string; start: number } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1]!, start: sep[0].length };
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (let at = 0; at < text.length && at < 65_536; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === LF || code === CR) break;
    else if (code === 44) commas++;
    else if (code === 9) tabs++;
  }
  return { delimiter: tabs > commas ? '\t' : ',', start: 0 };
}

/** A quoted field from the opening quote at `start`; returns the value and the position after the field. */
function quotedField(text: string, start: number, delimiter: number): [string, number] {
  let value = '';
  let from = start + 1;
  let at: number;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return [value + text.slice(from), text.length];
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += '"';
      from = quote + 2;
      continue;
    }
    at = quote + 1;
    break;
  }
  // Text after the closing quote (`"a"b`) is kept, as Excel does.
  const end = fieldEnd(text, at, delimiter);
  return [value + text.slice(at, end), end];
}

function fieldEnd(text: string, start: number, delimiter: number): number {
  let at = start;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === delimiter || code === LF || code === CR) break;
    at++;
  }
  return at;
}

/** RFC 4180 records: quoted fields may hold delimiters, `""` and line breaks; CRLF, LF and CR end a record. */
export function* parseCsvRecords(text: string, start: number, delimiter: string): Generator<string[]> {
  const separator = delimiter.charCodeAt(0);
  let at = start;
  while (at < text.length) {
    const record: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        [field, at] = quotedField(text, at, separator);
      } else {
        const end = fieldEnd(text, at, separator);
        field = text.slice(at, end);
        at = end;
      }
      record.push(field);
      const code = text.charCodeAt(at);
      if (code === separator) {
        at++;
        continue;
      }
      if (code === CR) at += text.charCodeAt(at + 1) === LF ? 2 : 1;
      else if (code === LF) at++;
      break;
    }
    yield record;
  }
}

function toCells(record: readonly string[]): CellValue[] | null {
  const cells: CellValue[] = record.map((field) => (field === '' ? null : field));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells.length === 0 ? null : cells;
}

async function* csvRows(text: string, file: string, budget: TimeBudget): AsyncGenerator<SheetRow> {
  try {
    const { delimiter, start } = detectDelimiter(text);
    const records = parseCsvRecords(text, start, delimiter);
    let row = 0;
    let done = false;
    while (!done) {
      const rows: SheetRow[] = [];
      budget.start();
      try {
        for (let count = 0; count < BATCH && !done; count++) {
          const next = records.next();
          done = next.done === true;
          row++;
          const cells = next.done ? null : toCells(next.value);
          if (cells !== null) rows.push({ row, cells });
        }
        budget.check();
      } finally {
        budget.stop();
      }
      yield* rows;
    }
  } catch (error) {
    throw toWorkbookReadError(file, error);
  }
}

/**
 * A CSV file as a workbook of one sheet named after the file; every value is a string, an empty field
 * is null, and `row` counts records (a quoted line break does not start a new row).
 */
export function readCsv(bytes: Buffer, file: string, sheetName: string, budget: TimeBudget): WorkbookSource {
  let text: string;
  try {
    text = decodeText(bytes, file);
  } catch (error) {
    if (error instanceof TextEncodingError)
      throw new ReadFailure('WORKBOOK_ENCODING', 'text is neither valid UTF-8 nor GB18030');
    throw error;
  }
  return { file, sheets: [{ name: sheetName, date1904: false, rows: () => csvRows(text, file, budget) }] };
}
