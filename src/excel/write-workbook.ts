/**
 * The one place that writes an Excel workbook for a person: `init`'s blank templates, and every later
 * output a clerk opens in Excel (the reminder workbook, an annotated copy of a submitted sheet). It
 * holds the looks they share — solid fills, a bold header row, cell comments, a frozen header, list
 * dropdowns, links to a cell — so that every workbook the tool writes looks and behaves alike.
 *
 * ```ts
 * const bytes = await workbookBytes({ created: new Date('2023-01-09T00:00:00Z') }, (wb) => {
 *   const ws = wb.addWorksheet(sheetName('宜兴市', new Set()));
 *   ws.columns = [{ header: '账号名称', width: 28 }];
 *   styleHeaderRow(ws.getRow(1));
 *   freezeRows(ws, 1);
 *   listDropdown(ws, 'A2:A100', { values: ['是', '否'], strictness: 'warning', title: '是否' });
 *   ws.getCell('A2').fill = solidFill(FILLS.error);
 *   ws.getCell('A2').note = '账号名称与台账不一致';
 * });
 * ```
 *
 * NOTE: exceljs is heavy; it is imported inside `workbookBytes` and `editWorkbook` only (type imports
 * are free), so a command that writes no workbook never loads it.
 */
import type { Cell, DataValidation, Fill, Row, Workbook, Worksheet } from 'exceljs';
import { normalizeZip } from '../workbook/reproducible-zip.js';

/** The document properties of a written workbook. */
export interface WorkbookMeta {
  /**
   * Created and modified time. Given, the bytes are reproducible: the same data gives the same file
   * (use a date of the data, never the clock). Left out, exceljs stamps the current time.
   */
  created?: Date;
  title?: string;
}

/**
 * Colours (`FFRRGGBB`) the tool's workbooks use, so the same meaning has the same colour everywhere.
 * `error` and `warning` are keyed by a diagnostic's severity: Excel's own 差 and 适中 fills, light
 * enough for the text to stay readable.
 */
export const FILLS = {
  /** A header row. */
  header: 'FFD9E1F2',
  /** A cell with an error (light red). */
  error: 'FFFFC7CE',
  /** A cell with a warning (light yellow). */
  warning: 'FFFFEB9C',
} as const;

/** Red text of a required column's header; black for the others. */
export const HEADER_FONT_COLOURS = { required: 'FFC00000', optional: 'FF000000' } as const;

/** A solid fill of one colour (`FFRRGGBB`), for `cell.fill`. */
export function solidFill(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/**
 * Builds a new workbook with `build` and returns its .xlsx bytes. With `meta.created` the package is
 * re-zipped with fixed entry times, so the same input gives the same bytes.
 */
export async function workbookBytes(
  meta: WorkbookMeta,
  build: (wb: Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'circular';
  if (meta.created !== undefined) {
    wb.lastModifiedBy = 'circular';
    wb.created = meta.created;
    wb.modified = meta.created;
  }
  if (meta.title !== undefined) wb.title = meta.title;
  await build(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return meta.created === undefined ? bytes : normalizeZip(bytes);
}

/**
 * Opens an existing workbook's bytes, lets `edit` change it (fill and comment the cells of a
 * submission, say), and returns the new bytes; the input bytes are not changed. With `meta.created`
 * the result is reproducible as in `workbookBytes`.
 */
export async function editWorkbook(
  input: Uint8Array,
  meta: WorkbookMeta,
  edit: (wb: Workbook) => void,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // NOTE: exceljs's load() typing wants Node's Buffer; a copy keeps the caller's bytes untouched.
  await wb.xlsx.load(Buffer.from(input) as unknown as ArrayBuffer);
  if (meta.created !== undefined) {
    wb.modified = meta.created;
    wb.lastModifiedBy = 'circular';
  }
  if (meta.title !== undefined) wb.title = meta.title;
  edit(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return meta.created === undefined ? bytes : normalizeZip(bytes);
}

/** The header look of every sheet: bold, centred, the header fill and a thin rule below. */
export function styleHeaderCell(cell: Cell, fontColour: string = HEADER_FONT_COLOURS.optional): void {
  cell.font = { bold: true, color: { argb: fontColour } };
  cell.fill = solidFill(FILLS.header);
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  cell.border = { bottom: { style: 'thin' } };
}

/** `styleHeaderCell` on every filled cell of a row. */
export function styleHeaderRow(row: Row): void {
  row.eachCell((cell) => styleHeaderCell(cell));
}

/** Freezes the top `rows` rows, so the header stays in view while the clerk scrolls. */
export function freezeRows(ws: Worksheet, rows: number): void {
  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}`, activeCell: `A${rows + 1}` },
  ];
}

/** A list dropdown on a range: the values offered, and how a value outside them is treated. */
export interface ListDropdown {
  values: readonly string[];
  /** `stop` refuses other values (they would be an error anyway); `warning` lets the clerk keep one. */
  strictness: 'stop' | 'warning';
  /** Shown as the input message's and the error's title (the column's header). */
  title: string;
  /** The input message shown when a cell of the range is selected. */
  prompt?: string;
}

/** The part of exceljs's worksheet that its typings leave out: range-wide data validations. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

/** Excel's limit on an inline list (`"a,b,c"`), and on a prompt's or error message's length. */
const INLINE_LIST_MAX = 255;
const MESSAGE_MAX = 250;

/**
 * Adds a list dropdown on `range` (`B2:B5001`). Returns false, adding nothing, when the list is longer
 * than Excel's 255 characters for an inline list (the caller's header note should then say the values).
 */
export function listDropdown(ws: Worksheet, range: string, dropdown: ListDropdown): boolean {
  const list = dropdown.values.join(',');
  if (list.length > INLINE_LIST_MAX) return false;
  (ws as unknown as WithRangeValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showInputMessage: true,
    promptTitle: dropdown.title,
    prompt: (dropdown.prompt ?? '').slice(0, MESSAGE_MAX),
    showErrorMessage: true,
    errorStyle: dropdown.strictness,
    errorTitle: dropdown.title,
    error: `可填写：${dropdown.values.join('、')}`.slice(0, MESSAGE_MAX),
  });
  return true;
}

/** A sheet name as a formula or link writes it: quoted, with its quotes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * Makes a cell a link to another cell of the workbook (`#'12月'!E14`), shown as `text` in link blue.
 * NOTE: a HYPERLINK formula, not a hyperlink part: exceljs writes every hyperlink as an external
 * relationship, which Excel resolves as a file; `=HYPERLINK("#'Sheet'!B7", …)` is followed alike by
 * Excel, WPS and LibreOffice.
 */
export function linkToCell(cell: Cell, sheet: string, address: string, text: string): void {
  const literal = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const target = `#${quotedSheetName(sheet)}!${address}`;
  cell.value = { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
  cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/**
 * A sheet name Excel accepts, unique in `taken` (compared case-insensitively, as Excel does, and
 * added to it): forbidden characters become `_`, the name is cut to 31 characters, a repeat gets ` (2)`.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(SHEET_NAME_FORBIDDEN, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || '工作表';
  let name = base.slice(0, SHEET_NAME_MAX);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
