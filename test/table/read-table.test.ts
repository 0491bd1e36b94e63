import { describe, expect, test } from 'vitest';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';
import { isSkippedRow, openTable } from '../../src/table/read-table.js';
import type { CellValue, SheetRow, SheetSource } from '../../src/workbook/types.js';
import { fakeSheet } from '../helpers/fake-workbook.js';

describe('isSkippedRow', () => {
  test.each<[string, CellValue[], boolean]>([
    ['blank', [null, '  ', '\u3000'], true],
    ['合计 in column A', ['合计', null, 12], true],
    ['总计 in column B', [null, '总计', 12], true],
    ['小计 with a colon', ['小计：', 3], true],
    ['合 计 with a space', ['合 计', 3], true],
    ['a closing note', ['填表人：张三'], true],
    ['a note with 注：', ['注：本表由各地区填报'], true],
    ['a data row', [1, '宜兴发改', '微信', '宜兴市发改委', '宜兴市'], false],
    ['合计 far to the right', [1, '宜兴发改', '微信', '合计'], false],
    ['an account named 合计中心', [1, '合计中心', '微信'], false],
  ])('%s', (_label, cells, skipped) => {
    expect(isSkippedRow({ row: 5, cells })).toBe(skipped);
  });
});

describe('openTable', () => {
  test('replays the rows read while looking for the header, and skips a repeated header', async () => {
    const sheet = fakeSheet('台账', [
      ['标题'],
      ['账号名称', '平台类型', '开设主体', '所属地区'],
      ['A', '微信', 'U', '市级'],
      ['账号名称', '平台类型', '开设主体', '所属地区'],
      ['B', '微博', 'U', '市级'],
      [],
      ['合计', null, null, 2],
    ]);
    const table = await openTable(sheet, REGISTRY_COLUMNS);
    const seen: number[] = [];
    await table.eachRow((row) => seen.push(row.row));
    expect(seen).toEqual([3, 5]);
  });

  test.each([1, 3, 12])('reads batches of %i rows as it reads rows one by one', async (size) => {
    const rows: CellValue[][] = [['标题'], ['注：说明'], ['账号名称', '平台类型', '开设主体', '所属地区']];
    for (let i = 0; i < 30; i++) rows.push([`账号${i}`, '微信', `单位${i}`, i % 7 === 0 ? null : '市级']);
    rows.push(['合计', null, null, 30]);
    const plain = fakeSheet('台账', rows);
    const batched = {
      ...plain,
      async *batches() {
        let batch: SheetRow[] = [];
        for await (const row of plain.rows()) {
          batch.push(row);
          if (batch.length === size) yield batch;
          if (batch.length === size) batch = [];
        }
        if (batch.length > 0) yield batch;
      },
    };
    const read = async (sheet: SheetSource) => {
      const table = await openTable(sheet, REGISTRY_COLUMNS);
      const seen: SheetRow[] = [];
      await table.eachRow((row) => seen.push(row));
      return { header: table.header, seen };
    };
    expect(await read(batched)).toEqual(await read(plain));
  });
});
