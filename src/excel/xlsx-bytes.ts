/**
 * Writing a workbook for a person, reproducibly: exceljs loaded late, fixed document properties, and
 * the package re-zipped with fixed entry times, so the same data gives the same bytes.
 */
import type { Fill, Workbook } from 'exceljs';
import { normalizeZip } from '../workbook/reproducible-zip.js';

/** The document properties every workbook carries. */
export interface WorkbookMeta {
  /** Written as created and modified; a date of the data (the survey date), never the clock. */
  created: Date;
  title?: string;
}

/** Builds a workbook with `fill` and returns its bytes; the same input gives the same bytes. */
export async function workbookBytes(meta: WorkbookMeta, fill: (wb: Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'circular';
  wb.lastModifiedBy = 'circular';
  wb.created = meta.created;
  wb.modified = meta.created;
  if (meta.title !== undefined) wb.title = meta.title;
  fill(wb);
  return normalizeZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A solid cell fill of one colour (`FFRRGGBB`). */
export function solidFill(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/**
 * A sheet name Excel accepts, unique in `taken` (compared case-insensitively, as Excel does):
 * forbidden characters become `_`, the name is cut to 31 characters, and a repeat gets ` (2)`.
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
