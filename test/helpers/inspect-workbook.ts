/** Reading back what `circular init` wrote: sheets, header notes and dropdowns, with exceljs. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** The parts of a worksheet the tests read that exceljs's typings leave out. */
interface SheetExtras {
  dataValidations: {
    model: Record<string, { type: string; formulae?: string[]; errorStyle?: string } | undefined>;
  };
}

/** The only sheet of a workbook. */
export async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

/** A cell comment's text (exceljs reads it back as rich text). */
export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((t) => t.text).join('');
}

/** The list dropdown on a cell, if any: its values and how strictly it refuses others. */
export function dropdown(
  ws: ExcelJS.Worksheet,
  address: string,
): { values: string[]; errorStyle?: string } | undefined {
  const dv = (ws as unknown as SheetExtras).dataValidations.model[address];
  if (!dv) return undefined;
  expect(dv.type).toBe('list');
  const formula = dv.formulae?.[0] ?? '';
  return {
    values: formula.replace(/^"|"$/g, '').split(','),
    ...(dv.errorStyle ? { errorStyle: dv.errorStyle } : {}),
  };
}

/** The column letter of a header in a column table. */
export function columnOf(table: readonly { header: string }[], header: string): string {
  const index = table.findIndex((c) => c.header === header);
  expect(index, header).toBeGreaterThanOrEqual(0);
  return String.fromCharCode(65 + index);
}
