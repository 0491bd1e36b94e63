/**
 * Cells through zod: a column's decoder is a zod schema from a `CellValue` to the field's value.
 * A cell it cannot accept fails with an issue carrying the diagnostic's code, message and hint, so the
 * reader turns it into a diagnostic located at that very cell. Error cells (`#N/A`) and garbled text
 * are refused here, once, for every column.
 */

import { z } from 'zod';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { DiagnosticCode } from '../domain/diagnostic-codes.js';
import {
  describeForbiddenChar,
  findForbiddenChar,
  mayHaveForbiddenChar,
  removeForbiddenChars,
} from '../domain/xml-chars.js';
import type { CellValue } from '../workbook/types.js';
import { isCellError } from '../workbook/types.js';
import { cellText } from './parse-values.js';

/** Why a cell was refused; a parser returns it instead of a value. */
export class CellProblem {
  constructor(
    readonly code: DiagnosticCode,
    readonly message: string,
    readonly hint?: string,
  ) {}
}

/**
 * A column's decoder: a zod schema from the cell to the field's value, and `check`, the function the
 * schema runs, which the readers call directly for each cell (a `safeParse` per cell costs more than
 * reading the cell; both give the same value and the same refusal, see the tests).
 * NOTE: an empty cell always decodes the same way, so its outcome is computed once and kept.
 */
export interface CellDecoder<T> {
  schema: z.ZodType<T>;
  /** The value of a cell, or why it is refused. */
  check: (cell: unknown) => T | CellProblem;
  empty?: { result: T | DecodeFailure };
  /**
   * Outcomes by text (or by a date cell's time), for a column that repeats a handful of values, such
   * as 检查月份 or 平台类型 (see `repeated`). Absent for free text and names.
   */
  seen?: Map<string | number, { result: T | DecodeFailure }>;
}

/** How many distinct values a repeated column remembers (cleared when full), and their longest text. */
const SEEN_LIMIT = 4096;
const SEEN_TEXT = 64;

/** A refused cell: the problems found, to be located by the caller. */
export class DecodeFailure {
  constructor(readonly problems: readonly CellProblem[]) {}
}

/** Code of an error cell (`#N/A`, `#DIV/0!`…) in a column the tool reads. */
export const CELL_ERROR = 'CELL_ERROR';
/** Code of text holding U+FFFD, the mark of characters lost in decoding. */
export const CELL_GARBLED = 'CELL_GARBLED';
/** Code of text holding a character a .docx cannot carry (a control character, U+FFFE, U+FFFF). */
export const CELL_FORBIDDEN_CHAR = 'CELL_FORBIDDEN_CHAR';
/** Code of a value the workbook reader should never hand over. */
export const CELL_UNREADABLE = 'CELL_UNREADABLE';

function isCellValue(value: unknown): value is CellValue {
  if (value === null || value instanceof Date) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  return typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string';
}

/**
 * A decoder for the column `header`: refuses error cells and garbled text, then hands the cell to
 * `parse`, which returns the value or a `CellProblem`.
 */
export function cellDecoder<T>(header: string, parse: (cell: CellValue) => T | CellProblem): CellDecoder<T> {
  const check = (cell: unknown): T | CellProblem =>
    isCellValue(cell)
      ? (refuse(header, cell) ?? parse(cell))
      : new CellProblem(CELL_UNREADABLE, `“${header}”单元格的值无法识别`, '请在 WPS 或 Excel 中核对该单元格');
  // NOTE: one transform rather than `z.custom().transform()`: a pipe costs twice as much per cell.
  const schema = z.transform((cell: unknown, ctx): T => {
    const result = check(cell);
    if (!(result instanceof CellProblem)) return result;
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: result.code, hint: result.hint },
    });
    return z.NEVER;
  });
  return { schema, check };
}

/**
 * Marks a decoder's column as repeating a few values over thousands of rows (a fixed spelling, a month,
 * a date): from then on each distinct value is decoded once. Returns the decoder.
 * NOTE: only for a decoder whose outcome depends on the cell's value alone.
 */
export function repeated<T>(decoder: CellDecoder<T>): CellDecoder<T> {
  decoder.seen ??= new Map();
  return decoder;
}

function refuse(header: string, cell: CellValue): CellProblem | undefined {
  if (isCellError(cell)) {
    return new CellProblem(
      CELL_ERROR,
      `“${header}”单元格是错误值“${cell.error}”`,
      `请改为实际的${header}；若是公式，请检查它引用的单元格`,
    );
  }
  if (typeof cell === 'string') return refuseText(header, cell);
  return undefined;
}

/**
 * Text that cannot go into the circular: a lost character (U+FFFD, or half a surrogate pair — the same
 * loss, treated alike) or a character XML forbids. Word's manual line break (U+000B) and page break
 * (U+000C), which a paste from Word leaves in a cell, read as line breaks and pass.
 */
function refuseText(header: string, cell: string): CellProblem | undefined {
  const suspect = mayHaveForbiddenChar(cell);
  if (!suspect && !cell.includes('\ufffd')) return undefined;
  const found = suspect ? findForbiddenChar(cell.replace(/[\v\f]/g, '\n')) : undefined;
  if (cell.includes('\ufffd') || found?.kind === 'surrogate') {
    return new CellProblem(
      CELL_GARBLED,
      `“${header}”单元格含有无法识别的字符：“${removeForbiddenChars(cellText(cell))}”`,
      '文件的文字编码可能有误；请在 WPS 或 Excel 中打开核对后另存为 .xlsx',
    );
  }
  if (found) {
    return new CellProblem(
      CELL_FORBIDDEN_CHAR,
      `“${header}”单元格含有${describeForbiddenChar(cell, found)}`,
      '这种字符在表格中看不见，多来自复制粘贴或其他系统导出，Word 文件不能包含它；请清空该单元格后重新输入文字',
    );
  }
  return undefined;
}

/** Decodes one cell: its value, or a `DecodeFailure` holding why it was refused. */
export function decodeCell<T>(decoder: CellDecoder<T>, cell: CellValue | undefined): T | DecodeFailure {
  if (cell === null || cell === undefined) {
    decoder.empty ??= { result: parseCell(decoder, null) };
    return decoder.empty.result;
  }
  const seen = decoder.seen;
  if (seen === undefined) return parseCell(decoder, cell);
  const key =
    typeof cell === 'string'
      ? cell.length <= SEEN_TEXT
        ? cell
        : undefined
      : cell instanceof Date
        ? cell.getTime()
        : undefined;
  if (key === undefined) return parseCell(decoder, cell);
  let hit = seen.get(key);
  if (hit === undefined) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    hit = { result: parseCell(decoder, cell) };
    seen.set(key, hit);
  }
  return hit.result;
}

function parseCell<T>(decoder: CellDecoder<T>, cell: CellValue): T | DecodeFailure {
  const result = decoder.check(cell);
  return result instanceof CellProblem ? new DecodeFailure([result]) : result;
}

/** The diagnostics of a refused cell, located at `at`. */
export function failureDiagnostics(failure: DecodeFailure, at: SourceLocation): Diagnostic[] {
  return failure.problems.map((p) => diagnosticAt(at, p.code, 'error', p.message, p.hint));
}
