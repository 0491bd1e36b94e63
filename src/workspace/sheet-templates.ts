/**
 * The blank workbooks `circular init` puts in a workspace: the account registry and the results sheet,
 * laid out from the column tables (canonical headers in order, each header's note as a cell comment),
 * with a frozen header row, column widths and dropdowns for the columns that take fixed values.
 */
import type { DataValidation, Worksheet } from 'exceljs';
import { CHECK_COLUMNS, type CheckField } from '../checks/columns.js';
import type { Config } from '../config/schema.js';
import { PLATFORM_ALIASES, PLATFORM_BUCKETS } from '../domain/platform-buckets.js';
import { CHECK_KINDS } from '../domain/vocabulary.js';
import { districtValues, REGISTRY_COLUMNS, type RegistryField } from '../registry/columns.js';
import type { ColumnSpec, ColumnTable } from '../table/column-spec.js';
import { STATUS_ALIASES } from '../table/parse-values.js';
import { UPDATE_COLUMNS, type UpdateField } from '../updates/update-columns.js';

/** A dropdown: the values offered, and whether a value outside them is refused or only questioned. */
export interface Dropdown {
  values: readonly string[];
  /** `stop` refuses other values (they would be an error anyway); `warning` lets the clerk keep one. */
  strictness: 'stop' | 'warning';
}

/** How one column of a template looks. */
interface ColumnLayout {
  /** Width in Excel character units (a Chinese character is about two). */
  width: number;
  dropdown?: Dropdown;
  /** Number format of the column's cells, e.g. `yyyy-mm-dd`, or `@` for text. */
  numFmt?: string;
}

/** Rows below the header that carry the dropdowns (the reader expands these ranges cell by cell). */
export const DROPDOWN_ROWS = { registry: 5000, checks: 10000, updates: 5000 } as const;

/** 平台类型 offered in the dropdown: the three named buckets, then the platforms that count as 其他. */
export const PLATFORM_CHOICES: readonly string[] = [
  ...PLATFORM_BUCKETS.filter((b) => b !== '其他'),
  ...PLATFORM_ALIASES.其他.filter((p) => p !== '其他类型'),
];

const YES_NO: Dropdown = { values: ['是', '否'], strictness: 'warning' };

function registryLayout(config: Pick<Config, 'districts'>): Record<RegistryField, ColumnLayout> {
  return {
    name: { width: 28 },
    platform: { width: 14, dropdown: { values: PLATFORM_CHOICES, strictness: 'warning' } },
    operator: { width: 32 },
    district: { width: 14, dropdown: { values: districtValues(config), strictness: 'stop' } },
    filingId: { width: 20, numFmt: '@' },
    filedOn: { width: 14, numFmt: 'yyyy-mm-dd' },
    status: { width: 10, dropdown: { values: Object.keys(STATUS_ALIASES), strictness: 'warning' } },
    closedOn: { width: 14, numFmt: 'yyyy-mm-dd' },
    lastUpdate: { width: 16, numFmt: 'yyyy-mm-dd' },
  };
}

const CHECK_LAYOUT: Record<CheckField, ColumnLayout> = {
  month: { width: 12 },
  kind: { width: 16, dropdown: { values: CHECK_KINDS, strictness: 'stop' } },
  name: { width: 28 },
  platform: { width: 14, dropdown: { values: PLATFORM_CHOICES, strictness: 'warning' } },
  filingId: { width: 20, numFmt: '@' },
  score: { width: 8 },
  veto: { width: 10, dropdown: YES_NO },
  vetoReason: { width: 20 },
  problem: { width: 40 },
  conclusion: { width: 10, dropdown: { values: ['合格', '不合格'], strictness: 'stop' } },
  reposting: { width: 14, dropdown: YES_NO },
};

const UPDATE_LAYOUT: Record<UpdateField, ColumnLayout> = {
  name: { width: 28 },
  platform: { width: 14, dropdown: { values: PLATFORM_CHOICES, strictness: 'warning' } },
  filingId: { width: 20, numFmt: '@' },
  lastUpdate: { width: 16, numFmt: 'yyyy-mm-dd' },
};

/** The header's comment: what goes in, and whether the column must be filled. */
export function headerNote(spec: ColumnSpec): string {
  const need = spec.required ? '必填' : (spec.requiredWhen ?? '选填');
  return `${spec.header}（${need}）：${spec.note}`;
}

/** Column letters of a 1-based column number within A–Z (the templates have fewer than 26 columns). */
function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

/** The part of exceljs's worksheet that its typings leave out: range-wide data validations. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

function addDropdown(
  ws: Worksheet,
  column: number,
  rows: number,
  spec: ColumnSpec,
  dropdown: Dropdown,
): void {
  const range = `${letter(column)}2:${letter(column)}${rows + 1}`;
  const list = dropdown.values.join(',');
  // NOTE: Excel limits an inline list to 255 characters. The fixed lists are far shorter; a config with
  // so many districts that its list is longer gets no dropdown there (the header's note still applies).
  if (list.length > 255) return;
  (ws as unknown as WithRangeValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showInputMessage: true,
    promptTitle: spec.header,
    prompt: spec.note.slice(0, 250),
    showErrorMessage: true,
    errorStyle: dropdown.strictness,
    errorTitle: spec.header,
    error: `可填写：${dropdown.values.join('、')}`.slice(0, 250),
  });
}

function layOut<F extends string>(
  ws: Worksheet,
  table: ColumnTable<F>,
  layout: Record<F, ColumnLayout>,
  rows: number,
): void {
  ws.columns = table.map((spec) => ({
    header: spec.header,
    key: spec.field,
    width: layout[spec.field].width,
  }));
  const header = ws.getRow(1);
  header.height = 22;
  table.forEach((spec, i) => {
    const column = i + 1;
    const { numFmt, dropdown } = layout[spec.field];
    if (numFmt) ws.getColumn(column).numFmt = numFmt;
    const cell = header.getCell(column);
    cell.note = headerNote(spec);
    cell.font = { bold: true, color: spec.required ? { argb: 'FFC00000' } : { argb: 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = { bottom: { style: 'thin' } };
    if (dropdown) addDropdown(ws, column, rows, spec, dropdown);
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

async function workbookBytes(sheetName: string, fill: (ws: Worksheet) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'circular';
  fill(wb.addWorksheet(sheetName));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The blank account registry (sheet 台账); the 所属地区 dropdown lists 市级 and the config's districts. */
export function registryTemplate(config: Pick<Config, 'districts'>): Promise<Uint8Array> {
  return workbookBytes('台账', (ws) =>
    layOut(ws, REGISTRY_COLUMNS, registryLayout(config), DROPDOWN_ROWS.registry),
  );
}

/** The blank results sheet (sheet 检查结果), one row per account per check. */
export function checksTemplate(): Promise<Uint8Array> {
  return workbookBytes('检查结果', (ws) => layOut(ws, CHECK_COLUMNS, CHECK_LAYOUT, DROPDOWN_ROWS.checks));
}

/**
 * The blank update records (sheet 更新记录) for `circular remind`: one row per account, its latest post.
 * An empty one in `updates/` reads as no records.
 */
export function updatesTemplate(): Promise<Uint8Array> {
  return workbookBytes('更新记录', (ws) => layOut(ws, UPDATE_COLUMNS, UPDATE_LAYOUT, DROPDOWN_ROWS.updates));
}
