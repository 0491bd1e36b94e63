/**
 * Reading the account registry (docs/workspace.md §2): the first sheet whose header has the required columns,
 * each row through the column decoders, then the rules across rows. Never throws for bad input:
 * every problem is a diagnostic.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { unknownPlatformHint } from '../table/common-decoders.js';
import type { HeaderFound, HeaderMissing } from '../table/find-header-row.js';
import { headerMissingDiagnostic } from '../table/find-header-row.js';
import type { OpenedTable } from '../table/read-table.js';
import { columnLettersOf, openTable, RowCells } from '../table/read-table.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import type { SheetSource, WorkbookSource } from '../workbook/types.js';
import type { RegistryAccount } from './account.js';
import type { RegistryField } from './columns.js';
import { REGISTRY_COLUMNS } from './columns.js';
import type { DecodedAccount } from './registry-row.js';
import { decodeRegistryRow, registryDecoders } from './registry-row.js';
import { dropDuplicates, statusRules, unitMultipleAccounts, unknownPlatforms } from './registry-rules.js';

export { registryPeriodRules } from './registry-rules.js';

export const REGISTRY_MISSING_COLUMN = 'REGISTRY_MISSING_COLUMN';
export const REGISTRY_EMPTY = 'REGISTRY_EMPTY';

/** What the registry reader needs to know. */
export interface RegistryContext {
  config: Config;
  /** The registry's path as given, for diagnostics. */
  file: string;
  /**
   * The file lies outside the workspace (the config's `registry` points elsewhere): a message about
   * its header then never quotes its cells, since the file may be anything.
   */
  outsideWorkspace?: boolean;
}

/** The registry read: accounts in registry order (`index` = position) and every problem found. */
export interface RegistryResult {
  accounts: RegistryAccount[];
  diagnostics: Diagnostic[];
}

/**
 * Reads the account registry. NOTE: a row with an error in a field other than 账号名称/平台类型 still
 * yields its account (see `decodeRegistryRow`); callers must not compute statistics when the
 * diagnostics hold errors.
 */
export async function readRegistry(workbook: WorkbookSource, ctx: RegistryContext): Promise<RegistryResult> {
  const diagnostics: Diagnostic[] = [];
  try {
    // Step 1: the first sheet with a usable header.
    const table = await findRegistrySheet(workbook, ctx, diagnostics);
    if (!table) return { accounts: [], diagnostics };
    // Step 2: every row through the decoders.
    const { decoded, rowCount } = await decodeRows(table, ctx, diagnostics);
    if (rowCount === 0) {
      const at = { file: ctx.file, sheet: table.sheet.name, row: table.header.row, column: 'A' };
      diagnostics.push(
        diagnosticAt(at, REGISTRY_EMPTY, 'error', '台账表头下没有账号', '请在表头下逐行登记账号'),
      );
    }
    // Step 3: the rules across rows.
    const kept = dropDuplicates(decoded, diagnostics);
    unknownPlatforms(kept, (raw) => unknownPlatformHint(raw, ctx.config.platforms), diagnostics);
    const statusColumn = table.header.columns.status !== undefined;
    for (const entry of kept) statusRules(entry, statusColumn, diagnostics);
    const accounts = kept.map((entry, index) => ({ ...entry.account, index }));
    unitMultipleAccounts(accounts, diagnostics);
    return { accounts, diagnostics };
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, ctx.file));
    return { accounts: [], diagnostics };
  }
}

interface RegistryTable {
  sheet: SheetSource;
  header: HeaderFound<RegistryField>;
  eachRow: OpenedTable<RegistryField>['eachRow'];
}

async function findRegistrySheet(
  workbook: WorkbookSource,
  { file, outsideWorkspace }: RegistryContext,
  diagnostics: Diagnostic[],
): Promise<RegistryTable | undefined> {
  let best: { sheet: SheetSource; header: HeaderMissing<RegistryField> } | undefined;
  for (const sheet of workbook.sheets) {
    const opened = await openTable(sheet, REGISTRY_COLUMNS);
    if (opened.header.found) return { sheet, header: opened.header, eachRow: opened.eachRow };
    if (!best || opened.header.recognised > best.header.recognised) best = { sheet, header: opened.header };
  }
  if (!best) {
    diagnostics.push({
      code: REGISTRY_MISSING_COLUMN,
      severity: 'error',
      file,
      message: '台账文件中没有工作表',
      hint: '请使用 circular init 生成的台账模板',
    });
    return undefined;
  }
  diagnostics.push(
    headerMissingDiagnostic(best.header, { file, sheet: best.sheet.name }, REGISTRY_MISSING_COLUMN, {
      quote: !outsideWorkspace,
    }),
  );
  return undefined;
}

async function decodeRows(table: RegistryTable, ctx: RegistryContext, diagnostics: Diagnostic[]) {
  const decoders = registryDecoders(ctx.config, table.sheet.date1904);
  const columns = columnLettersOf(table.header.columns);
  const base = { file: ctx.file, sheet: table.sheet.name };
  const decoded: DecodedAccount[] = [];
  let rowCount = 0;
  await table.eachRow((row) => {
    rowCount++;
    const cells = new RowCells(row, table.header.columns, base, diagnostics);
    const entry = decodeRegistryRow(cells, decoders, decoded.length);
    if (!entry) return;
    entry.account.columns = columns;
    decoded.push(entry);
  });
  return { decoded, rowCount };
}
