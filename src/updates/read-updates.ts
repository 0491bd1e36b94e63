/**
 * Reading an `updates/` workbook (docs/reminders.md): every sheet whose header names an account
 * (账号名称 + 平台类型, or 备案编号) and 最近更新日期, each row through the shared decoders. Never
 * throws for bad input: every problem is a diagnostic located at its cell.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { PlatformBucket } from '../domain/platform-buckets.js';
import { optionalDate, optionalText, platformDecoder } from '../table/common-decoders.js';
import type { HeaderMissing, HeaderRequirement } from '../table/find-header-row.js';
import { headerMissingDiagnostic } from '../table/find-header-row.js';
import { columnLettersOf, openTable, RowCells } from '../table/read-table.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import type { SheetSource, WorkbookSource } from '../workbook/types.js';
import type { UpdateField } from './update-columns.js';
import { UPDATE_COLUMN, UPDATE_COLUMNS } from './update-columns.js';

export const UPDATES_MISSING_COLUMN = 'UPDATES_MISSING_COLUMN';
export const UPDATES_BAD_DATE = 'UPDATES_BAD_DATE';
export const UPDATES_MISSING_ACCOUNT = 'UPDATES_MISSING_ACCOUNT';

/** One row of an updates sheet: the account as named there and its latest post. */
export interface UpdateRow {
  name?: string;
  platformRaw?: string;
  platform?: PlatformBucket;
  filingId?: string;
  /** `YYYY-MM-DD`. */
  lastUpdate: string;
  /** The row (column A). */
  at: SourceLocation;
  columns: Readonly<Partial<Record<UpdateField, string>>>;
}

/** The rows of one updates workbook and every problem found. */
export interface UpdatesResult {
  rows: UpdateRow[];
  diagnostics: Diagnostic[];
}

/** A sheet recognising this many columns but lacking a required one is reported, not skipped. */
const REPORT_PARTIAL_HEADER = 2;

/** The account must be named (备案编号, or 账号名称 and 平台类型), and the date must have a column. */
const requirement: HeaderRequirement<UpdateField> = (present) => {
  const missing = [];
  if (!present.has('filingId')) {
    if (!present.has('name')) missing.push(UPDATE_COLUMN.name);
    if (!present.has('platform')) missing.push(UPDATE_COLUMN.platform);
  }
  if (!present.has('lastUpdate')) missing.push(UPDATE_COLUMN.lastUpdate);
  return missing;
};

/** Reads every updates sheet of a workbook into rows; a row with an empty date is left out. */
export async function readUpdates(
  workbook: WorkbookSource,
  ctx: { config: Config; file: string },
): Promise<UpdatesResult> {
  const out: UpdatesResult = { rows: [], diagnostics: [] };
  let best: { sheet: SheetSource; header: HeaderMissing<UpdateField> } | undefined;
  let read = 0;
  try {
    for (const sheet of workbook.sheets) {
      const opened = await openTable(sheet, UPDATE_COLUMNS, requirement);
      if (!opened.header.found) {
        const header = opened.header;
        if (header.recognised >= REPORT_PARTIAL_HEADER) {
          out.diagnostics.push(
            headerMissingDiagnostic(header, { file: ctx.file, sheet: sheet.name }, UPDATES_MISSING_COLUMN),
          );
          read++;
        } else if (!best || header.recognised > best.header.recognised) best = { sheet, header };
        continue;
      }
      read++;
      const columns = opened.header.columns;
      const decode = rowDecoder(ctx.config, sheet, columnLettersOf(columns));
      await opened.eachRow((row) => {
        const decoded = decode(
          new RowCells(row, columns, { file: ctx.file, sheet: sheet.name }, out.diagnostics),
        );
        if (decoded) out.rows.push(decoded);
      });
    }
  } catch (error) {
    out.diagnostics.push(readErrorDiagnostic(error, ctx.file));
    return out;
  }
  if (read === 0) out.diagnostics.push(noUpdatesSheet(best, ctx.file));
  return out;
}

/** The decoder of one sheet's rows (decoders built once per sheet). */
function rowDecoder(
  config: Config,
  sheet: SheetSource,
  columns: Readonly<Partial<Record<UpdateField, string>>>,
) {
  const decoders = {
    name: optionalText(UPDATE_COLUMN.name),
    platform: platformDecoder(UPDATE_COLUMN.platform, config.platforms),
    filingId: optionalText(UPDATE_COLUMN.filingId),
    lastUpdate: optionalDate(UPDATE_COLUMN.lastUpdate, UPDATES_BAD_DATE, sheet.date1904),
  };
  return (cells: RowCells<UpdateField>): UpdateRow | undefined => {
    const name = cells.get('name', decoders.name);
    const platform = cells.get('platform', decoders.platform);
    const filingId = cells.get('filingId', decoders.filingId);
    const lastUpdate = cells.get('lastUpdate', decoders.lastUpdate);
    if (lastUpdate === undefined) return undefined;
    if (filingId === undefined && (name === undefined || platform === undefined)) {
      const message = '这一行有最近更新日期，但没有写明是哪个账号';
      const hint = `请填写${UPDATE_COLUMN.name.requiredWhen}`;
      cells.report(diagnosticAt(cells.at, UPDATES_MISSING_ACCOUNT, 'error', message, hint));
      return undefined;
    }
    const row: UpdateRow = { lastUpdate, at: cells.at, columns };
    if (name !== undefined) row.name = name;
    if (platform !== undefined) {
      row.platformRaw = platform.raw;
      row.platform = platform.bucket;
    }
    if (filingId !== undefined) row.filingId = filingId;
    return row;
  };
}

function noUpdatesSheet(
  best: { sheet: SheetSource; header: HeaderMissing<UpdateField> } | undefined,
  file: string,
): Diagnostic {
  if (!best) {
    const hint = '请使用 circular init 生成的更新记录模板';
    return {
      code: UPDATES_MISSING_COLUMN,
      severity: 'error',
      file,
      message: '更新记录文件中没有工作表',
      hint,
    };
  }
  return headerMissingDiagnostic(best.header, { file, sheet: best.sheet.name }, UPDATES_MISSING_COLUMN);
}
