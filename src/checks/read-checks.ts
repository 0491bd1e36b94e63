/**
 * Reading a results workbook (docs/workspace.md §3): every sheet with a recognisable header — one sheet per
 * month or one for the year — each row through the column decoders. Never throws for bad input:
 * every problem is a diagnostic.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { ColumnSpec } from '../table/column-spec.js';
import type { HeaderFound, HeaderMissing, HeaderRequirement } from '../table/find-header-row.js';
import { headerMissingDiagnostic } from '../table/find-header-row.js';
import { isBareMonth, monthFromSheetName, sheetNameLacksYear } from '../table/parse-values.js';
import type { OpenedTable } from '../table/read-table.js';
import { columnLettersOf, openTable, RowCells } from '../table/read-table.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import type { SheetSource, WorkbookSource } from '../workbook/types.js';
import type { CheckRow } from './check-record.js';
import { CHECK_NO_MONTH, checkDecoders, decodeCheckRow } from './check-row.js';
import type { CheckField } from './columns.js';
import { CHECK_COLUMN, CHECK_READ_COLUMNS } from './columns.js';

export const CHECK_MISSING_COLUMN = 'CHECK_MISSING_COLUMN';
/** A month without its year was put in the current year (validate without a period). */
export const CHECK_MONTH_YEAR_ASSUMED = 'CHECK_MONTH_YEAR_ASSUMED';
export const CHECK_SHEET_SKIPPED = 'CHECK_SHEET_SKIPPED';

/** What the results reader needs to know. */
export interface ChecksContext {
  config: Config;
  /** The workbook's path as given, for diagnostics. */
  file: string;
  /** The year of the period asked for: completes a bare month such as `10月`. */
  year: number;
  /**
   * True when no period was asked for and `year` is only this year: a bare month is then a guess, and
   * each sheet that relies on it gets a CHECK_MONTH_YEAR_ASSUMED warning at its first such cell.
   */
  yearAssumed?: boolean;
  /**
   * When set, each row is handed here as soon as it is decoded instead of being collected in `rows`
   * (so a caller that links rows at once never holds a whole workbook's rows).
   */
  onRow?: (row: CheckRow) => void;
}

/** The rows of one results workbook, in sheet and row order, and every problem found. */
export interface ChecksResult {
  /** Empty when the rows went to `ChecksContext.onRow`. */
  rows: CheckRow[];
  diagnostics: Diagnostic[];
}

/** Columns that show a sheet holds results rather than, say, a copy of the registry. */
const RESULT_FIELDS: readonly CheckField[] = [
  'month',
  'kind',
  'score',
  'veto',
  'vetoReason',
  'problem',
  'conclusion',
  'reposting',
];
/** A sheet recognising this many columns but lacking a required one is reported, not skipped silently. */
const REPORT_PARTIAL_HEADER = 3;

/** The account must be named: 备案编号, or 账号名称 and 平台类型. */
const identityRequirement: HeaderRequirement<CheckField> = (present) => {
  if (present.has('filingId') || present.has('siteName') || present.has('siteId')) return [];
  const missing: ColumnSpec<CheckField>[] = [];
  if (!present.has('name')) missing.push(CHECK_COLUMN.name);
  if (!present.has('platform')) missing.push(CHECK_COLUMN.platform);
  return missing;
};

/** Reads every results sheet of a workbook into rows. */
export async function readChecks(workbook: WorkbookSource, ctx: ChecksContext): Promise<ChecksResult> {
  const rows: CheckRow[] = [];
  const diagnostics: Diagnostic[] = [];
  let best: { sheet: SheetSource; header: HeaderMissing<CheckField> } | undefined;
  let recognised = 0;
  try {
    for (const sheet of workbook.sheets) {
      const opened = await openTable(sheet, CHECK_READ_COLUMNS, identityRequirement);
      if (!opened.header.found) {
        const header = opened.header;
        if (header.recognised >= REPORT_PARTIAL_HEADER) {
          diagnostics.push(
            headerMissingDiagnostic(header, { file: ctx.file, sheet: sheet.name }, CHECK_MISSING_COLUMN),
          );
          recognised++;
        } else if (!best || header.recognised > best.header.recognised) best = { sheet, header };
        continue;
      }
      recognised++;
      await readSheet(sheet, opened.header, opened.eachRow, ctx, { rows, diagnostics });
    }
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, ctx.file));
    return { rows, diagnostics };
  }
  if (recognised === 0) diagnostics.push(noResultsSheet(best, ctx.file));
  return { rows, diagnostics };
}

function noResultsSheet(
  best: { sheet: SheetSource; header: HeaderMissing<CheckField> } | undefined,
  file: string,
): Diagnostic {
  if (!best) {
    const hint = '请使用 circular init 生成的检查结果模板';
    return {
      code: CHECK_MISSING_COLUMN,
      severity: 'error',
      file,
      message: '检查结果文件中没有工作表',
      hint,
    };
  }
  return headerMissingDiagnostic(best.header, { file, sheet: best.sheet.name }, CHECK_MISSING_COLUMN);
}

async function readSheet(
  sheet: SheetSource,
  header: HeaderFound<CheckField>,
  eachRow: OpenedTable<CheckField>['eachRow'],
  ctx: ChecksContext,
  out: ChecksResult,
): Promise<void> {
  const at = { file: ctx.file, sheet: sheet.name, row: header.row, column: 'A' };
  const sheetMonth = monthFromSheetName(sheet.name, ctx.year);
  // Step 1: a sheet without result columns (a copy of the registry, a list of accounts) is skipped.
  if (!sheetMonth && !RESULT_FIELDS.some((field) => header.columns[field] !== undefined)) {
    const message = `工作表“${sheet.name}”没有检查结果列（检查月份、得分、单项否决、检查结论等），已跳过`;
    out.diagnostics.push(
      diagnosticAt(at, CHECK_SHEET_SKIPPED, 'warning', message, '如这是检查结果，请按模板补齐表头'),
    );
    return;
  }
  // Step 2: without a month column, the sheet's name must say the month.
  if (header.columns.month === undefined && !sheetMonth) {
    const message = `工作表“${sheet.name}”没有检查月份列，工作表名称也没有写明月份`;
    const hint = '请增加“检查月份”列，或把工作表命名为“2022年10月”这样的月份';
    out.diagnostics.push(diagnosticAt(at, CHECK_NO_MONTH, 'error', message, hint));
    return;
  }
  // Step 3: every row through the decoders.
  // A bare `10月` in a cell takes the year of the sheet's own month when its name says one.
  const year = sheetMonth ? Number(sheetMonth.slice(0, 4)) : ctx.year;
  const decoders = checkDecoders(ctx.config, year, sheet.date1904);
  // A sheet of website checks names them by 网站名称 / 网站标识码: their cells stand for 账号名称 / 备案编号.
  const letters = columnLettersOf(header.columns);
  const websiteSheet =
    letters.siteName !== undefined || letters.siteId !== undefined || sheet.name.includes('网站');
  const columns = websiteSheet
    ? { ...letters, name: letters.name ?? letters.siteName, filingId: letters.siteId ?? letters.filingId }
    : letters;
  const facts = { sheetMonth, sheetName: sheet.name, columns, websiteSheet };
  const base = { file: ctx.file, sheet: sheet.name };
  const keep = ctx.onRow ?? ((decoded: CheckRow) => out.rows.push(decoded));
  // A guessed year (no period asked for, no year in the sheet's name) is said once per sheet.
  let guessed = Boolean(ctx.yearAssumed) && !(sheetMonth && !sheetNameLacksYear(sheet.name));
  if (guessed && sheetMonth) {
    out.diagnostics.push(yearAssumed(at, `工作表名称“${sheet.name}”`, sheetMonth));
    guessed = false;
  }
  await eachRow((row) => {
    const cells = new RowCells(row, header.columns, base, out.diagnostics);
    const decoded = decodeCheckRow(cells, decoders, facts);
    if (guessed && decoded && isBareMonth(cells.cell('month'))) {
      out.diagnostics.push(
        yearAssumed(cells.cellAt('month'), `检查月份“${String(cells.cell('month'))}”`, decoded.month),
      );
      guessed = false;
    }
    if (decoded) keep(decoded);
  });
}

/** CHECK_MONTH_YEAR_ASSUMED: a month without its year was put in this year; how to write it whole. */
function yearAssumed(at: SourceLocation, what: string, month: string): Diagnostic {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return diagnosticAt(
    at,
    CHECK_MONTH_YEAR_ASSUMED,
    'warning',
    `${what}没有写年份，已按今年（${year}年）计为 ${month}；本工作表其他只写月份的也同样处理`,
    `请写明年份，如 ${year}年${m}月 或 ${month}；或运行 validate 时用 --quarter / --year 指定期间`,
  );
}
