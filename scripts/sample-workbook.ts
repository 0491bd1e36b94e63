/**
 * Writing the sample workspaces' workbooks byte for byte the same on every run: fixed workbook dates and
 * a zip repacked with fixed entry times (exceljs stamps every zip entry with the current time).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

/** Writes a workbook with the given fixed date and a zip whose entries carry `zipTime`. */
export async function saveWorkbook(
  wb: ExcelJS.Workbook,
  path: string,
  fixedDate: Date,
  zipTime: Date,
): Promise<void> {
  wb.creator = 'circular 样例数据';
  wb.lastModifiedBy = 'circular 样例数据';
  wb.created = fixedDate;
  wb.modified = fixedDate;
  wb.lastPrinted = fixedDate;
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  const entries = unzipSync(raw);
  const files: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime: zipTime, level: 6 }];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zipSync(files));
}

/** A bold, centred title row merged across `width` columns. */
export function titleRow(ws: ExcelJS.Worksheet, text: string, width: number): void {
  const row = ws.addRow([text]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.font = { bold: true, size: 14 };
  row.alignment = { horizontal: 'center' };
  row.height = 24;
}

/** A bold header row, with the columns' widths. */
export function headerRow(
  ws: ExcelJS.Worksheet,
  headers: readonly string[],
  widths: readonly number[],
): void {
  const row = ws.addRow([...headers]);
  row.font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
