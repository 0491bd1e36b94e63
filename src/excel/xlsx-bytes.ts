/**
 * Writing a workbook for a person, reproducibly: exceljs loaded late, fixed document properties, and
 * the package re-zipped with fixed entry times, so the same data gives the same bytes.
 */
import type { Fill, Workbook } from 'exceljs';
import { unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * Re-zips a package with every entry dated 1980-01-01 00:00 in name order, so that the bytes do not
 * depend on the clock (exceljs stamps each zip entry with the current time).
 * NOTE: fflate writes the DOS time from the Date's local-time fields; a local-time constructor makes the
 * stored time the same in every time zone. The .docx writer re-zips the same way
 * (src/report/docx/reproducible-zip.ts); both belong in the shared Excel/OPC module once it exists.
 */
function normalizeZip(bytes: Uint8Array): Uint8Array {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const parts = unzipSync(bytes);
  const ordered: Zippable = {};
  for (const name of Object.keys(parts).sort()) {
    const data = parts[name];
    if (data) ordered[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(ordered);
}

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
