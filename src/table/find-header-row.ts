/**
 * Finding a sheet's header row: within its first rows (under a title, notes or merged cells), the
 * first row whose cells name every required column. Headers are compared with `headerKey`, so
 * `账号名称（必填）`, `所属地区*` and full-width letters match; unknown columns are ignored.
 */

import { editDistance, typoLimit } from '../domain/closest.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { DiagnosticCode } from '../domain/diagnostic-codes.js';
import { headerKey } from '../domain/normalize.js';
import type { SheetRow } from '../workbook/types.js';
import type { ColumnSpec, ColumnTable } from './column-spec.js';
import { acceptedHeaders } from './column-spec.js';

/** How many rows from the top of a sheet may hold the header. */
export const HEADER_SEARCH_ROWS = 10;

/** Which columns of a candidate header row are missing; by default the table's required ones. */
export type HeaderRequirement<Field extends string> = (present: ReadonlySet<Field>) => ColumnSpec<Field>[];

/** A header row found. */
export interface HeaderFound<Field extends string> {
  found: true;
  /** Position of the header row in the rows searched. */
  index: number;
  /** Its 1-based row number in the sheet. */
  row: number;
  /** 0-based cell index of each column present (the leftmost when a column appears twice). */
  columns: Partial<Record<Field, number>>;
}

/** No row qualified; what the best candidate row had. */
export interface HeaderMissing<Field extends string> {
  found: false;
  /** Row number of the best candidate (most columns recognised), if the sheet had rows. */
  row?: number;
  /** Number of columns recognised in that row. */
  recognised: number;
  /** The non-empty header texts of that row, as typed. */
  headers: string[];
  /** The columns it lacks. */
  missing: ColumnSpec<Field>[];
  /** Per missing column, the header text of that row that comes closest to an accepted header. */
  closest: Partial<Record<Field, string>>;
}

const lookups = new WeakMap<ColumnTable, Map<string, string>>();

/** The map from header key to field of a table, built once per table. */
function headerLookup<Field extends string>(table: ColumnTable<Field>): Map<string, Field> {
  let map = lookups.get(table);
  if (!map) {
    map = new Map();
    for (const spec of table)
      for (const header of acceptedHeaders(spec)) map.set(headerKey(header), spec.field);
    lookups.set(table, map);
  }
  // The map was filled from this table's own fields.
  return map as Map<string, Field>;
}

/** The columns one row names: field → cell index. */
export function matchHeaderCells<Field extends string>(
  row: SheetRow,
  table: ColumnTable<Field>,
): { columns: Partial<Record<Field, number>>; present: Set<Field> } {
  const lookup = headerLookup(table);
  const columns: Partial<Record<Field, number>> = {};
  const present = new Set<Field>();
  row.cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const field = lookup.get(headerKey(cell));
    if (field === undefined || present.has(field)) return;
    columns[field] = index;
    present.add(field);
  });
  return { columns, present };
}

/** The default requirement: every column marked required. */
export function requiredColumns<Field extends string>(table: ColumnTable<Field>): HeaderRequirement<Field> {
  return (present) => table.filter((spec) => spec.required && !present.has(spec.field));
}

/**
 * The header row among `rows` (pass the first `HEADER_SEARCH_ROWS` rows): the first row that has every
 * column `requirement` asks for. When none has, describes the row that came closest.
 */
export function findHeaderRow<Field extends string>(
  rows: readonly SheetRow[],
  table: ColumnTable<Field>,
  requirement: HeaderRequirement<Field> = requiredColumns(table),
): HeaderFound<Field> | HeaderMissing<Field> {
  let best: { index: number; count: number; missing: ColumnSpec<Field>[] } | undefined;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const { columns, present } = matchHeaderCells(row, table);
    const missing = requirement(present);
    if (missing.length === 0 && present.size > 0) return { found: true, index, row: row.row, columns };
    if (!best || present.size > best.count) best = { index, count: present.size, missing };
  }
  if (!best)
    return { found: false, recognised: 0, headers: [], missing: requirement(new Set()), closest: {} };
  const row = rows[best.index]!;
  const headers = row.cells
    .filter((c): c is string => typeof c === 'string' && c.trim() !== '')
    .map((c) => c.trim());
  return {
    found: false,
    row: row.row,
    recognised: best.count,
    headers,
    missing: best.missing,
    closest: closestHeaders(headers, best.missing, table),
  };
}

/** For each missing column, the unrecognised header text nearest to one of its accepted headers. */
function closestHeaders<Field extends string>(
  headers: readonly string[],
  missing: readonly ColumnSpec<Field>[],
  table: ColumnTable<Field>,
): Partial<Record<Field, string>> {
  const lookup = headerLookup(table);
  const unknown = headers.filter((h) => !lookup.has(headerKey(h)));
  const closest: Partial<Record<Field, string>> = {};
  for (const spec of missing) {
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const accepted of acceptedHeaders(spec)) {
      const key = headerKey(accepted);
      const limit = typoLimit(key);
      for (const text of unknown) {
        const distance = editDistance(key, headerKey(text), limit);
        if (distance <= limit && distance < bestDistance) {
          bestDistance = distance;
          closest[spec.field] = text;
        }
      }
    }
  }
  return closest;
}

const FOUND_LIST_LIMIT = 12;
/** A header longer than this is shortened in messages (a stray paragraph must not fill the screen). */
const HEADER_TEXT_LIMIT = 20;

function shortHeader(text: string): string {
  const chars = [...text];
  return chars.length > HEADER_TEXT_LIMIT ? `${chars.slice(0, HEADER_TEXT_LIMIT).join('')}…` : text;
}

/** What the message says about the best candidate row: its headers, or only how many there are. */
function foundText(missing: HeaderMissing<string>, quote: boolean): string {
  if (missing.headers.length === 0) return '；前 10 行中没有找到表头';
  if (!quote)
    return `；最接近表头的一行有 ${missing.headers.length} 个非空单元格，识别出 ${missing.recognised} 列（该文件在工作区之外，不显示其内容）`;
  const shown = missing.headers.slice(0, FOUND_LIST_LIMIT).map(shortHeader).join('、');
  const more = missing.headers.length > FOUND_LIST_LIMIT ? '、…' : '';
  return `；找到的列：${shown}${more}`;
}

/**
 * The diagnostic for a sheet without a usable header: names the missing columns and the columns found,
 * and hints the accepted headers and the nearest one typed. With `quote: false` (a file outside the
 * workspace, which may be anything) nothing of the file's content is quoted: only how many cells the
 * row had.
 */
export function headerMissingDiagnostic<Field extends string>(
  missing: HeaderMissing<Field>,
  at: SourceLocation,
  code: DiagnosticCode,
  { quote = true }: { quote?: boolean } = {},
): Diagnostic {
  const names = missing.missing.map((spec) => `“${spec.header}”`).join('');
  const found = foundText(missing, quote);
  const hints = missing.missing.map((spec) => {
    const accepted = `“${spec.header}”表头可写作：${acceptedHeaders(spec).join('、')}`;
    const condition = spec.requiredWhen ? `（${spec.requiredWhen}）` : '';
    const typed = quote ? missing.closest[spec.field] : undefined;
    return typed === undefined
      ? `${accepted}${condition}`
      : `${accepted}${condition}；“${shortHeader(typed)}”最接近“${spec.header}”`;
  });
  const location: SourceLocation = missing.row === undefined ? at : { ...at, row: missing.row, column: 'A' };
  return diagnosticAt(location, code, 'error', `缺少必填列${names}${found}`, hints.join('；'));
}
