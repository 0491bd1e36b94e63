/**
 * Cells through zod: a column's decoder is a zod schema from a `CellValue` to the field's value.
 * A cell it cannot accept fails with an issue carrying the diagnostic's code, message and hint, so the
 * reader turns it into a diagnostic located at that very cell. Error cells (`#N/A`) and garbled text
 * are refused here, once, for every column.
 */
import { z } from 'zod';
import { cellText } from '../domain/parse-values.js';
import type { CellValue } from '../workbook/types.js';
import { isCellError } from '../workbook/types.js';
import type { Diagnostic, SourceLocation } from './diagnostic.js';
import { diagnosticAt } from './diagnostic.js';

/** Why a cell was refused; a parser returns it instead of a value. */
export class CellProblem {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly hint?: string,
  ) {}
}

/** A column's decoder: a zod schema from the cell to the field's value. */
export type CellDecoder<T> = z.ZodType<T, CellValue>;

/** Code of an error cell (`#N/A`, `#DIV/0!`…) in a column the tool reads. */
export const CELL_ERROR = 'CELL_ERROR';
/** Code of text holding U+FFFD, the mark of characters lost in decoding. */
export const CELL_GARBLED = 'CELL_GARBLED';
/** Code of a value the workbook reader should never hand over. */
export const CELL_UNREADABLE = 'CELL_UNREADABLE';

function isCellValue(value: unknown): value is CellValue {
  if (value === null || value instanceof Date) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  return typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string';
}

const cellValue = z.custom<CellValue>(isCellValue, {
  params: { code: CELL_UNREADABLE },
  message: '单元格的值无法识别',
});

/**
 * A decoder for the column `header`: refuses error cells and garbled text, then hands the cell to
 * `parse`, which returns the value or a `CellProblem`.
 */
export function cellDecoder<T>(header: string, parse: (cell: CellValue) => T | CellProblem): CellDecoder<T> {
  return cellValue.transform((cell, ctx) => {
    const result = refuse(header, cell) ?? parse(cell);
    if (!(result instanceof CellProblem)) return result;
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: result.code, hint: result.hint },
    });
    return z.NEVER;
  });
}

function refuse(header: string, cell: CellValue): CellProblem | undefined {
  if (isCellError(cell)) {
    return new CellProblem(
      CELL_ERROR,
      `“${header}”单元格是错误值“${cell.error}”`,
      `请改为实际的${header}；若是公式，请检查它引用的单元格`,
    );
  }
  if (typeof cell === 'string' && cell.includes('\ufffd')) {
    return new CellProblem(
      CELL_GARBLED,
      `“${header}”单元格含有无法识别的字符：“${cellText(cell)}”`,
      '文件的文字编码可能有误；请在 WPS 或 Excel 中打开核对后另存为 .xlsx',
    );
  }
  return undefined;
}

function paramText(params: unknown, key: 'code' | 'hint'): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const value: unknown = (params as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** Decodes one cell; on failure pushes the diagnostics, located at `at`, and returns `undefined`. */
export function decodeCell<T>(
  decoder: CellDecoder<T>,
  cell: CellValue | undefined,
  at: SourceLocation,
  out: Diagnostic[],
): { ok: true; value: T } | { ok: false } {
  const result = decoder.safeParse(cell ?? null);
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) {
    const params = 'params' in issue ? issue.params : undefined;
    out.push(
      diagnosticAt(
        at,
        paramText(params, 'code') ?? CELL_UNREADABLE,
        'error',
        issue.message,
        paramText(params, 'hint'),
      ),
    );
  }
  return { ok: false };
}
