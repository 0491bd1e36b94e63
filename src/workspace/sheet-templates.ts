/**
 * The blank workbooks `circular init` puts in a workspace: the account registry and the results sheet,
 * laid out from the column tables (canonical headers in order, each header's note as a cell comment),
 * with a frozen header row, column widths and dropdowns for the columns that take fixed values.
 */
import type { Worksheet } from 'exceljs';
import { CHECK_COLUMNS, type CheckField } from '../checks/columns.js';
import type { Config } from '../config/schema.js';
import { columnLetters } from '../domain/diagnostic.js';
import { PLATFORM_ALIASES, PLATFORM_BUCKETS } from '../domain/platform-buckets.js';
import { SITE_TYPES } from '../domain/site-types.js';
import { CHECK_KINDS } from '../domain/vocabulary.js';
import {
  freezeRows,
  HEADER_FONT_COLOURS,
  type ListDropdown,
  listDropdown,
  styleHeaderCell,
  workbookBytes,
} from '../excel/write-workbook.js';
import { districtValues, REGISTRY_COLUMNS, type RegistryField } from '../registry/columns.js';
import type { ColumnSpec, ColumnTable } from '../table/column-spec.js';
import { RECTIFICATION_ALIASES, STATUS_ALIASES } from '../table/parse-values.js';
import { UPDATE_COLUMNS, type UpdateField } from '../updates/update-columns.js';

/** A dropdown: the values offered, and whether a value outside them is refused or only questioned. */
type Dropdown = Pick<ListDropdown, 'values' | 'strictness'>;

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
    siteId: { width: 14, numFmt: '@' },
    siteType: { width: 12, dropdown: { values: SITE_TYPES, strictness: 'stop' } },
    url: { width: 28 },
  };
}

function checkLayout(config: Pick<Config, 'districts'>): Record<CheckField, ColumnLayout> {
  return {
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
    deduction: { width: 24 },
    deductionPoints: { width: 8 },
    filing: { width: 10, dropdown: { values: ['已备案', '未备案'], strictness: 'warning' } },
    operator: { width: 28 },
    district: { width: 14, dropdown: { values: districtValues(config), strictness: 'stop' } },
    rectification: {
      width: 10,
      dropdown: { values: Object.keys(RECTIFICATION_ALIASES), strictness: 'warning' },
    },
    siteName: { width: 30 },
    siteId: { width: 14, numFmt: '@' },
  };
}

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

/**
 * The column's dropdown on its cells below the header. NOTE: a config with so many districts that
 * its list passes Excel's 255 characters gets no dropdown there (the header's note still applies).
 */
function addDropdown(
  ws: Worksheet,
  column: number,
  rows: number,
  spec: ColumnSpec,
  dropdown: Dropdown,
): void {
  const letters = columnLetters(column);
  listDropdown(ws, `${letters}2:${letters}${rows + 1}`, {
    ...dropdown,
    title: spec.header,
    prompt: spec.note,
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
    styleHeaderCell(cell, spec.required ? HEADER_FONT_COLOURS.required : HEADER_FONT_COLOURS.optional);
    if (dropdown) addDropdown(ws, column, rows, spec, dropdown);
  });
  freezeRows(ws, 1);
}

/** A one-sheet workbook's bytes. */
function oneSheet(sheetName: string, fill: (ws: Worksheet) => void): Promise<Uint8Array> {
  return workbookBytes({}, (wb) => fill(wb.addWorksheet(sheetName)));
}

/** The blank account registry (sheet 台账); the 所属地区 dropdown lists 市级 and the config's districts. */
export function registryTemplate(config: Pick<Config, 'districts'>): Promise<Uint8Array> {
  return oneSheet('台账', (ws) =>
    layOut(ws, REGISTRY_COLUMNS, registryLayout(config), DROPDOWN_ROWS.registry),
  );
}

/**
 * The blank results sheet (sheet 检查结果), one row per account per check; the 所属地区 dropdown (for
 * accounts found unregistered) lists 市级 and the config's districts.
 */
export function checksTemplate(config: Pick<Config, 'districts'>): Promise<Uint8Array> {
  return oneSheet('检查结果', (ws) => layOut(ws, CHECK_COLUMNS, checkLayout(config), DROPDOWN_ROWS.checks));
}

/**
 * The blank update records (sheet 更新记录) for `circular remind`: one row per account, its latest post.
 * An empty one in `updates/` reads as no records.
 */
export function updatesTemplate(): Promise<Uint8Array> {
  return oneSheet('更新记录', (ws) => layOut(ws, UPDATE_COLUMNS, UPDATE_LAYOUT, DROPDOWN_ROWS.updates));
}
