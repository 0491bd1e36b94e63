/** Reading back what `circular init` wrote: sheets, header notes and dropdowns, with exceljs. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

/** The parts of a worksheet the tests read that exceljs's typings leave out. */
interface SheetExtras {
  dataValidations: {
    model: Record<string, { type: string; formulae?: string[]; errorStyle?: string } | undefined>;
  };
}

/** A workbook's sheets, in order. */
async function sheetsOf(path: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets;
}

/** The names of a workbook's sheets, in order. */
export async function sheetNames(path: string): Promise<string[]> {
  return (await sheetsOf(path)).map((ws) => ws.name);
}

/** The sheet of a workbook by name, or its only sheet when no name is given. */
export async function sheetOf(path: string, name?: string): Promise<ExcelJS.Worksheet> {
  const sheets = await sheetsOf(path);
  if (name === undefined) {
    expect(sheets).toHaveLength(1);
    return sheets[0]!;
  }
  const ws = sheets.find((s) => s.name === name);
  expect(ws, `sheet ${name} of ${sheets.map((s) => s.name).join(', ')}`).toBeDefined();
  return ws!;
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
