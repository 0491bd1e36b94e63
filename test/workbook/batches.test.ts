import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { openWorkbook } from '../../src/workbook/index.js';
import type { ReadProgress, SheetRow } from '../../src/workbook/types.js';
import { tempFolder } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

test('an .xlsx sheet gives the same rows in batches as one by one', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('检查结果');
  sheet.addRow(['检查月份', '账号名称', '平台类型', '问题描述']);
  for (let i = 0; i < 6000; i++) {
    sheet.addRow([
      '2022-10',
      `宜兴发改${i}`,
      i % 3 === 0 ? '微博' : '微信',
      i % 5 === 0 ? null : '内容更新不及时',
    ]);
  }
  const path = folder.path('batches.xlsx');
  await workbook.xlsx.writeFile(path);

  const opened = await openWorkbook(path);
  const source = opened.sheets[0]!;
  const oneByOne: SheetRow[] = [];
  for await (const row of source.rows()) oneByOne.push(row);
  const batches: (readonly SheetRow[])[] = [];
  for await (const batch of source.batches!()) batches.push(batch);

  expect(batches.length).toBeGreaterThan(1);
  expect(batches.every((batch) => batch.length > 0)).toBe(true);
  expect(batches.flat()).toEqual(oneByOne);
  expect(oneByOne).toHaveLength(6001);
});

test('onProgress counts the rows and sheet bytes read, up to all of them', async () => {
  const workbook = new ExcelJS.Workbook();
  for (const name of ['2022年10月', '2022年11月']) {
    const sheet = workbook.addWorksheet(name);
    for (let i = 0; i < 4000; i++) sheet.addRow([`账号${i}`, '微信公众号', i]);
  }
  const path = folder.path('progress.xlsx');
  await workbook.xlsx.writeFile(path);

  const reports: ReadProgress[] = [];
  const opened = await openWorkbook(path, {
    displayName: 'checks/progress.xlsx',
    onProgress: (p) => reports.push(p),
  });
  let rows = 0;
  for (const sheet of opened.sheets) for await (const _row of sheet.rows()) rows++;

  expect(reports.length).toBeGreaterThan(2);
  expect(
    reports.every(
      (p, i) => i === 0 || (p.rows >= reports[i - 1]!.rows && p.bytesRead >= reports[i - 1]!.bytesRead),
    ),
  ).toBe(true);
  const last = reports.at(-1)!;
  expect(last).toMatchObject({ file: 'checks/progress.xlsx', rows });
  expect(last.bytesRead).toBe(last.bytesTotal);
});
