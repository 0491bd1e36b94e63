/**
 * Reading a sheet as a table: find its header row in the first rows, then hand out the data rows
 * below it, with blank rows, 合计/总计/小计 rows, repeated header rows and closing notes (填表人：…)
 * left out. `RowCells` decodes one row's cells and locates each diagnostic at its cell.
 */

import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { columnLetters } from '../domain/diagnostic.js';
import type { CellValue, SheetRow, SheetSource } from '../workbook/types.js';
import type { CellDecoder } from './cell-decoder.js';
import { DecodeFailure, decodeCell, failureDiagnostics } from './cell-decoder.js';
import type { ColumnTable } from './column-spec.js';
import type { HeaderFound, HeaderMissing, HeaderRequirement } from './find-header-row.js';
import { findHeaderRow, HEADER_SEARCH_ROWS, requiredColumns } from './find-header-row.js';

/** A sheet opened as a table. */
export interface OpenedTable<Field extends string> {
  header: HeaderFound<Field> | HeaderMissing<Field>;
  /**
   * Calls `visit` for each data row below the header, in order; nothing when no header was found.
   * NOTE: a plain loop over the sheet's batches, not a generator on top of them: one await per batch.
   */
  eachRow(visit: (row: SheetRow) => void): Promise<void>;
}

/**
 * Reads the first rows of a sheet, finds the header, and returns the data rows that follow.
 * NOTE: the sheet's rows are iterated once, in batches when the reader offers them; the rows read while
 * looking for the header are replayed.
 */
export async function openTable<Field extends string>(
  sheet: SheetSource,
  table: ColumnTable<Field>,
  requirement: HeaderRequirement<Field> = requiredColumns(table),
): Promise<OpenedTable<Field>> {
  const iterator = batchesOf(sheet)[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    for (const row of next.value) head.push(row);
  }
  const header = findHeaderRow(head.slice(0, HEADER_SEARCH_ROWS), table, requirement);
  if (!header.found) {
    await iterator.return(undefined);
    return { header, eachRow: async () => {} };
  }
  const headerRow = head[header.index]!;
  const mapped = Object.values<number | undefined>(header.columns).filter(
    (i): i is number => i !== undefined,
  );
  const keep = (row: SheetRow) => !isSkippedRow(row) && !repeatsHeader(row, headerRow, mapped);
  const buffered = head.slice(header.index + 1);
  return {
    header,
    async eachRow(visit) {
      for (const row of buffered) if (keep(row)) visit(row);
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        for (const row of next.value) if (keep(row)) visit(row);
      }
    },
  };
}

/** The sheet's rows batch by batch; a reader without batches gives one row at a time. */
async function* batchesOf(sheet: SheetSource): AsyncGenerator<readonly SheetRow[]> {
  if (sheet.batches) {
    yield* sheet.batches();
    return;
  }
  for await (const row of sheet.rows()) yield [row];
}

const TOTAL = /^[\s\u3000]*[合总小共][\s\u3000]*计[\s\u3000]*(?:[:：(（].*)?$/;
const NOTE = /^(?:(?:注|说明|备注)\s*\d*\s*[:：.、]|填表|填报|制表|审核|联系人|联系电话)/;

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * True for a row the readers skip: blank; a total row (its first non-empty cell, within the first
 * three, says 合计/总计/小计/共计); or a closing note (a single text cell such as `填表人：张三`).
 */
export function isSkippedRow(row: SheetRow): boolean {
  let firstIndex = -1;
  let filled = 0;
  for (let i = 0; i < row.cells.length; i++) {
    if (isBlank(row.cells[i])) continue;
    if (firstIndex < 0) firstIndex = i;
    filled++;
  }
  if (filled === 0) return true;
  const first = row.cells[firstIndex];
  if (typeof first !== 'string') return false;
  if (firstIndex < 3 && first.length <= 16 && TOTAL.test(first)) return true;
  return filled === 1 && NOTE.test(first.trim());
}

/** True when the row repeats the header's text in at least two of the mapped columns and nothing else. */
function repeatsHeader(row: SheetRow, headerRow: SheetRow, mapped: readonly number[]): boolean {
  let same = 0;
  for (const index of mapped) {
    const cell = row.cells[index];
    if (isBlank(cell)) continue;
    if (cell !== headerRow.cells[index]) return false;
    same++;
  }
  return same >= 2;
}

const LETTERS: string[] = [];

/** Column letters of a 0-based cell index, cached. */
export function letterOf(index: number): string {
  let letters = LETTERS[index];
  if (letters === undefined) {
    letters = columnLetters(index + 1);
    LETTERS[index] = letters;
  }
  return letters;
}

/** The column letters of every column present, for locating later diagnostics. */
export function columnLettersOf<Field extends string>(
  columns: Partial<Record<Field, number>>,
): Partial<Record<Field, string>> {
  const letters: Partial<Record<Field, string>> = {};
  for (const field in columns) {
    const index = columns[field];
    if (index !== undefined) letters[field] = letterOf(index);
  }
  return letters;
}

/** One data row, decoded column by column; diagnostics land at the exact cell. */
export class RowCells<Field extends string> {
  /** Fields whose cell was refused (created on the first refusal). */
  private refused: Set<Field> | undefined;
  /** The row's location (its first cell). */
  readonly at: SourceLocation;

  constructor(
    readonly row: SheetRow,
    private readonly columns: Partial<Record<Field, number>>,
    base: { file: string; sheet: string },
    private readonly out: Diagnostic[],
  ) {
    this.at = { file: base.file, sheet: base.sheet, row: row.row, column: 'A' };
  }

  /** True when the field's cell was refused. */
  failed(field: Field): boolean {
    return this.refused?.has(field) ?? false;
  }

  /** True when the sheet has the column. */
  has(field: Field): boolean {
    return this.columns[field] !== undefined;
  }

  /** The raw cell of a field (undefined when the column is absent). */
  cell(field: Field): CellValue | undefined {
    const index = this.columns[field];
    return index === undefined ? undefined : (this.row.cells[index] ?? null);
  }

  /** The location of a field's cell, or of the row's first cell when the column is absent. */
  cellAt(field: Field): SourceLocation {
    const index = this.columns[field];
    return index === undefined ? this.at : { ...this.at, column: letterOf(index) };
  }

  /** Decodes a field's cell (an absent column reads as an empty cell); a refusal becomes a diagnostic. */
  get<T>(field: Field, decoder: CellDecoder<T>): T | undefined {
    const result = decodeCell(decoder, this.cell(field));
    if (!(result instanceof DecodeFailure)) return result;
    this.refused ??= new Set();
    this.refused.add(field);
    for (const d of failureDiagnostics(result, this.cellAt(field))) this.out.push(d);
    return undefined;
  }

  /** Pushes a diagnostic located at a field's cell. */
  report(diagnostic: Diagnostic): void {
    this.out.push(diagnostic);
  }
}
