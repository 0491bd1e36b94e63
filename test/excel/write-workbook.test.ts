import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  editWorkbook,
  FILLS,
  freezeRows,
  listDropdown,
  sheetName,
  solidFill,
  styleHeaderRow,
  workbookBytes,
} from '../../src/excel/write-workbook.js';

/** The workbook of some bytes, read back with exceljs. */
async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const created = new Date('2023-01-09T00:00:00Z');

/** A small sheet with a header, a dropdown and a marked cell. */
function sample(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(sheetName('宜兴市', new Set()));
  ws.columns = [
    { header: '账号名称', width: 28 },
    { header: '单项否决', width: 10 },
  ];
  styleHeaderRow(ws.getRow(1));
  freezeRows(ws, 1);
  listDropdown(ws, 'B2:B100', { values: ['是', '否'], strictness: 'warning', title: '单项否决' });
  ws.addRow(['宜兴发改', '可能']);
  ws.getCell('B2').fill = solidFill(FILLS.error);
  ws.getCell('B2').note = '单项否决应填 是 或 否';
}

describe('writing a workbook', () => {
  it('gives the same bytes for the same data when the time is given', async () => {
    const a = await workbookBytes({ created, title: '测试' }, sample);
    const b = await workbookBytes({ created, title: '测试' }, sample);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const wb = await readBack(a);
    expect(wb.created.toISOString()).toBe('2023-01-09T00:00:00.000Z');
    expect(wb.title).toBe('测试');
  });

  it('writes the header look, the frozen header, the dropdown, the fill and the comment', async () => {
    const ws = (await readBack(await workbookBytes({}, sample))).getWorksheet('宜兴市')!;
    const header = ws.getCell('A1');
    expect(header.value).toBe('账号名称');
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.header } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.getCell('B50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"是,否"'],
      errorStyle: 'warning',
      errorTitle: '单项否决',
    });
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: FILLS.error } });
    const note = ws.getCell('B2').note;
    const text = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    expect(text).toBe('单项否决应填 是 或 否');
  });

  it('refuses a dropdown list longer than Excel allows, adding nothing', async () => {
    let added: boolean | undefined;
    const bytes = await workbookBytes({}, (wb) => {
      const ws = wb.addWorksheet('表');
      added = listDropdown(ws, 'A2:A10', {
        values: ['很长的地区名称'.repeat(40)],
        strictness: 'stop',
        title: '地区',
      });
    });
    expect(added).toBe(false);
    expect((await readBack(bytes)).getWorksheet('表')!.getCell('A5').dataValidation).toBeUndefined();
  });

  it('marks a copy of an existing workbook and leaves the input as it was', async () => {
    const input = await workbookBytes({ created }, sample);
    const before = Buffer.from(input);
    const marked = await editWorkbook(input, { created }, (wb) => {
      const cell = wb.getWorksheet('宜兴市')!.getCell('A2');
      cell.fill = solidFill(FILLS.warning);
      cell.note = '台账中没有这个账号';
    });
    expect(Buffer.compare(Buffer.from(input), before)).toBe(0);
    const ws = (await readBack(marked)).getWorksheet('宜兴市')!;
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: FILLS.warning } });
    expect(ws.getCell('A2').value).toBe('宜兴发改');
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: FILLS.error } });
  });

  it.each([
    ['宜兴市', [], '宜兴市'],
    ['a/b:c', [], 'a_b_c'],
    ['汇总', ['汇总'], '汇总 (2)'],
    ['SHEET', ['sheet'], 'SHEET (2)'],
    ["'引号'", [], '引号'],
    ['', [], '工作表'],
    ['长'.repeat(40), [], '长'.repeat(31)],
  ])('names the sheet %j (taken %j) as %j', (wanted, taken, name) => {
    const set = new Set(taken);
    expect(sheetName(wanted, set)).toBe(name);
    expect(set.has(name.toLowerCase())).toBe(true);
  });
});
