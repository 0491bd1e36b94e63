/**
 * Reading the account registry (docs/workspace.md §2): the first sheet whose header has the required columns,
 * each row through the column decoders, then the rules across rows. Never throws for bad input:
 * every problem is a diagnostic.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { isWebsitePlatform, parseSiteType } from '../domain/site-types.js';
import { unknownPlatformHint } from '../table/common-decoders.js';
import type { HeaderFound, HeaderMissing } from '../table/find-header-row.js';
import { headerMissingDiagnostic } from '../table/find-header-row.js';
import type { OpenedTable } from '../table/read-table.js';
import { columnLettersOf, openTable, RowCells } from '../table/read-table.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import type { SheetSource, WorkbookSource } from '../workbook/types.js';
import type { RegistryAccount } from './account.js';
import type { RegistryField } from './columns.js';
import { REGISTRY_READ_COLUMNS, WEBSITE_COLUMNS } from './columns.js';
import type { DecodedAccount } from './registry-row.js';
import { decodeRegistryRow, registryDecoders } from './registry-row.js';
import { dropDuplicates, statusRules, unitMultipleAccounts, unknownPlatforms } from './registry-rules.js';
import { asWebsite, decodeWebsiteRow } from './website-row.js';

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
  /** Government websites (docs/workspace.md §11), in their own order (`index` = position among them). */
  websites: RegistryAccount[];
  diagnostics: Diagnostic[];
}

/** True for a sheet of websites (网站台账): its name says 网站. */
export function isWebsiteSheet(name: string): boolean {
  return name.includes('网站');
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
    const siteSheets = workbook.sheets.filter((sheet) => isWebsiteSheet(sheet.name));
    const accountSheets = {
      ...workbook,
      sheets: workbook.sheets.filter((sheet) => !isWebsiteSheet(sheet.name)),
    };
    const siteRows: DecodedAccount[] = [];
    for (const sheet of siteSheets) await readWebsiteSheet(sheet, ctx, siteRows, diagnostics);
    const table =
      accountSheets.sheets.length > 0 || siteSheets.length === 0
        ? await findRegistrySheet(accountSheets, ctx, diagnostics)
        : undefined;
    if (!table) return { accounts: [], websites: websitesOf(siteRows, diagnostics), diagnostics };
    // Step 2: every row through the decoders; rows whose 平台类型 says 政府网站 are websites.
    const { decoded: rows, rowCount } = await decodeRows(table, ctx, diagnostics);
    const decoded: DecodedAccount[] = [];
    for (const entry of rows) (entry.account.website ? siteRows : decoded).push(entry);
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
    return { accounts, websites: websitesOf(siteRows, diagnostics), diagnostics };
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, ctx.file));
    return { accounts: [], websites: [], diagnostics };
  }
}

/** The websites after the rules across rows (repeats by 网站标识码 or name dropped), indexed in their order. */
function websitesOf(rows: readonly DecodedAccount[], diagnostics: Diagnostic[]): RegistryAccount[] {
  const kept = dropDuplicates(rows, diagnostics);
  for (const entry of kept) statusRules(entry, true, diagnostics);
  return kept.map((entry, index) => ({ ...entry.account, index }));
}

/** Reads a website sheet (docs/workspace.md §11) into `out`; a sheet without its header is reported. */
async function readWebsiteSheet(
  sheet: SheetSource,
  ctx: RegistryContext,
  out: DecodedAccount[],
  diagnostics: Diagnostic[],
): Promise<void> {
  const opened = await openTable(sheet, WEBSITE_COLUMNS);
  if (!opened.header.found) {
    diagnostics.push(
      headerMissingDiagnostic(opened.header, { file: ctx.file, sheet: sheet.name }, REGISTRY_MISSING_COLUMN, {
        quote: !ctx.outsideWorkspace,
      }),
    );
    return;
  }
  const header = opened.header;
  const decoders = registryDecoders(ctx.config, sheet.date1904);
  const columns = columnLettersOf(header.columns);
  const base = { file: ctx.file, sheet: sheet.name };
  await opened.eachRow((row) => {
    const cells = new RowCells(row, header.columns, base, diagnostics);
    const entry = decodeWebsiteRow(cells, decoders, out.length);
    if (!entry) return;
    entry.account.columns = columns;
    out.push(entry);
  });
}

/**
 * Reads a workbook of websites only (config `websites.registry`): every sheet with the website header.
 * Never throws for bad input.
 */
export async function readWebsiteRegistry(
  workbook: WorkbookSource,
  ctx: RegistryContext,
): Promise<Omit<RegistryResult, 'accounts'>> {
  const diagnostics: Diagnostic[] = [];
  const rows: DecodedAccount[] = [];
  try {
    for (const sheet of workbook.sheets) await readWebsiteSheet(sheet, ctx, rows, diagnostics);
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, ctx.file));
    return { websites: [], diagnostics };
  }
  return { websites: websitesOf(rows, diagnostics), diagnostics };
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
    const opened = await openTable(sheet, REGISTRY_READ_COLUMNS);
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
    const plain = decodeRegistryRow(cells, decoders, decoded.length);
    if (!plain) return;
    const raw = plain.account.platformRaw;
    const entry = isWebsitePlatform(raw) ? asWebsite(plain, cells, parseSiteType(raw)) : plain;
    if (!entry) return;
    entry.account.columns = columns;
    decoded.push(entry);
  });
  return { decoded, rowCount };
}
