/**
 * `validate FILE --annotate`: the submitted workbook marked up for its clerk. A first sheet 问题清单
 * lists every problem with a link to its cell; then each submitted sheet, its values as the reader
 * read them, with each cell at fault filled (red for errors, yellow for warnings) and a note saying
 * what is wrong and how to fix it. docs/workspace.md (“标注副本”) is the contract.
 */
import type { Cell, CellErrorValue, Workbook, Worksheet } from 'exceljs';
import type { Diagnostic, Severity } from '../domain/diagnostic.js';
import type { CellValue, WorkbookSource } from '../workbook/types.js';
import { FILLS, freezeRows, linkToCell, solidFill, workbookBytes } from './write-workbook.js';

/** The name of the list sheet. */
export const PROBLEM_SHEET = '问题清单';

const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告' };

/** The name of the list sheet, unless a submitted sheet already has it. */
function problemSheetName(source: WorkbookSource): string {
  const names = new Set(source.sheets.map((s) => s.name));
  let name = PROBLEM_SHEET;
  for (let n = 2; names.has(name); n++) name = `${PROBLEM_SHEET}${n}`;
  return name;
}

/** A cell value as exceljs writes it; dates keep a date format, errors stay error cells. */
function writeValue(cell: Cell, value: CellValue): void {
  if (value === null) return;
  if (value instanceof Date) {
    cell.value = value;
    const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    cell.numFmt = hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
    return;
  }
  if (typeof value === 'object') {
    cell.value = { error: value.error as CellErrorValue['error'] };
    return;
  }
  cell.value = value;
}

/** Copies the sheets' values, cell for cell, at the rows and columns the reader gave. */
async function copySheets(source: WorkbookSource, workbook: Workbook): Promise<void> {
  for (const sheet of source.sheets) {
    const copy = workbook.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    for await (const row of sheet.rows()) {
      for (const [i, value] of row.cells.entries()) writeValue(copy.getCell(row.row, i + 1), value);
    }
  }
}

/** Marks each cell a diagnostic names: the worst severity's fill, and every message in its note. */
function markCells(workbook: Workbook, diagnostics: readonly Diagnostic[]): void {
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.sheet === undefined || d.cell === undefined || !workbook.getWorksheet(d.sheet)) continue;
    const key = `${d.sheet}\u0000${d.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  for (const [key, list] of byCell) {
    const [sheet, address] = key.split('\u0000') as [string, string];
    const cell = workbook.getWorksheet(sheet)!.getCell(address);
    cell.fill = solidFill(FILLS[list.some((d) => d.severity === 'error') ? 'error' : 'warning']);
    cell.note = list
      .map((d) => `${SEVERITY_TEXT[d.severity]}：${d.message}${d.hint ? `\n改法：${d.hint}` : ''}`)
      .join('\n\n');
  }
}

/** The list sheet: one row per problem, in the order diagnostics are printed. */
function listProblems(
  workbook: Workbook,
  list: Worksheet,
  file: string,
  diagnostics: readonly Diagnostic[],
): void {
  list.columns = [
    { header: '序号', width: 6 },
    { header: '级别', width: 6 },
    { header: '工作表', width: 14 },
    { header: '单元格', width: 8 },
    { header: '问题', width: 60 },
    { header: '怎么改', width: 50 },
    { header: '代码', width: 26 },
  ];
  freezeRows(list, 1);
  list.getRow(1).font = { bold: true };
  if (diagnostics.length === 0) {
    list.getCell('E2').value = `未发现问题：${file} 通过了全部检查`;
    return;
  }
  for (const [i, d] of diagnostics.entries()) {
    const row = list.getRow(i + 2);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = SEVERITY_TEXT[d.severity];
    row.getCell(2).fill = solidFill(FILLS[d.severity]);
    row.getCell(3).value = d.sheet ?? '';
    if (d.sheet !== undefined && d.cell !== undefined && workbook.getWorksheet(d.sheet))
      linkToCell(row.getCell(4), d.sheet, d.cell, d.cell);
    else row.getCell(4).value = d.cell ?? '';
    row.getCell(5).value = d.message;
    row.getCell(6).value = d.hint ?? '';
    row.getCell(7).value = d.code;
    for (const c of [5, 6]) row.getCell(c).alignment = { wrapText: true, vertical: 'top' };
  }
  list.autoFilter = { from: 'A1', to: `G${diagnostics.length + 1}` };
}

/**
 * The .xlsx bytes of the annotated copy of `source`, from its diagnostics (those whose `file` is the
 * source's). exceljs loads here, inside `workbookBytes`.
 * NOTE: the list sheet is added first (it is the first tab) but filled last, once the copies exist
 * for its links to point into.
 */
export function annotateWorkbook(
  source: WorkbookSource,
  diagnostics: readonly Diagnostic[],
): Promise<Uint8Array> {
  return workbookBytes({}, async (workbook) => {
    const list = workbook.addWorksheet(problemSheetName(source));
    // Step 1: the submitted sheets, as read.
    await copySheets(source, workbook);
    // Step 2: the cells at fault.
    markCells(workbook, diagnostics);
    // Step 3: the list of every problem.
    listProblems(workbook, list, source.file, diagnostics);
  });
}
