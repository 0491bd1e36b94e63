import { describe, expect, test } from 'vitest';
import { CHECK_COLUMNS } from '../../src/checks/columns.js';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';
import { acceptedHeaders } from '../../src/table/column-spec.js';
import { findHeaderRow, headerMissingDiagnostic } from '../../src/table/find-header-row.js';
import type { CellValue, SheetRow } from '../../src/workbook/types.js';

function rows(...lines: CellValue[][]): SheetRow[] {
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

const HEADER = ['序号', '账号名称', '平台类型', '开设主体', '所属地区'];

describe('findHeaderRow', () => {
  test('the first row', () => {
    const found = findHeaderRow(rows(HEADER), REGISTRY_COLUMNS);
    expect(found).toMatchObject({
      found: true,
      row: 1,
      columns: { name: 1, platform: 2, operator: 3, district: 4 },
    });
  });

  test('under a title, notes and an empty merged row', () => {
    const found = findHeaderRow(
      rows(['无锡市政务新媒体台账'], ['填报单位：', null, '填报日期：2022-12-31'], [null, null], HEADER),
      REGISTRY_COLUMNS,
    );
    expect(found).toMatchObject({ found: true, row: 4, index: 3 });
  });

  test.each([
    ['（必填）', ['账号名称（必填）', '平台类型(必填)', '开设主体【必填】', '所属地区[必填]']],
    ['asterisks', ['*账号名称', '平台类型*', '开设主体＊', '※所属地区']],
    ['full-width and spaces', ['账号 名称', ' 平台类型 ', '开设主体\u3000', '所属地区']],
  ])('header cells with %s', (_label, header) => {
    expect(findHeaderRow(rows(['标题'], header), REGISTRY_COLUMNS)).toMatchObject({ found: true, row: 2 });
  });

  test('unknown columns are ignored; the leftmost of a repeated column wins', () => {
    const found = findHeaderRow(
      rows(['备注', '账号名称', '名称', '平台', '主办单位', '区县', '联系人']),
      REGISTRY_COLUMNS,
    );
    expect(found).toMatchObject({ found: true, columns: { name: 1, platform: 3, operator: 4, district: 5 } });
  });

  test('only the first 10 rows are searched', () => {
    const filler = Array.from({ length: 10 }, (_, i) => [`说明${i}`]);
    expect(findHeaderRow(rows(...filler, HEADER), REGISTRY_COLUMNS).found).toBe(false);
  });

  describe.each([
    ['registry', REGISTRY_COLUMNS],
    ['results', CHECK_COLUMNS],
  ] as const)('every accepted header of the %s', (_label, table) => {
    test.each(table.flatMap((spec) => acceptedHeaders(spec).map((header) => [spec.field, header])))(
      '%s ← %j',
      (field, header) => {
        const header1 = findHeaderRow(
          rows([header, '账号名称', '平台类型', '开设主体', '所属地区', '备案编号']),
          table,
        );
        expect(header1.found && header1.columns[field as never]).toBe(0);
      },
    );
  });

  test('a missing column: names the columns found and the closest header typed', () => {
    const result = findHeaderRow(
      rows(['台账'], ['序号', '账号名称', '平 台类形', '开设主体', '所属地区', '备注']),
      REGISTRY_COLUMNS,
    );
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.row).toBe(2);
    expect(result.missing.map((s) => s.header)).toEqual(['平台类型']);
    expect(result.closest).toEqual({ platform: '平 台类形' });
    const d = headerMissingDiagnostic(
      result,
      { file: 'registry.xlsx', sheet: '台账' },
      'REGISTRY_MISSING_COLUMN',
    );
    expect(d).toMatchObject({
      code: 'REGISTRY_MISSING_COLUMN',
      severity: 'error',
      cell: 'A2',
      sheet: '台账',
    });
    expect(d.message).toBe(
      '缺少必填列“平台类型”；找到的列：序号、账号名称、平 台类形、开设主体、所属地区、备注',
    );
    expect(d.hint).toBe(
      '“平台类型”表头可写作：平台类型、平台、媒体类型、新媒体类型、账号类型；“平 台类形”最接近“平台类型”',
    );
  });

  test('no header at all', () => {
    const result = findHeaderRow(rows([1, 2, 3]), REGISTRY_COLUMNS);
    expect(result).toMatchObject({ found: false, recognised: 0 });
    if (result.found) return;
    expect(result.missing).toHaveLength(4);
    const d = headerMissingDiagnostic(result, { file: 'r.xlsx', sheet: 'S' }, 'REGISTRY_MISSING_COLUMN');
    expect(d.message).toContain('前 10 行中没有找到表头');
  });

  test('a huge header cell is shortened in the message', () => {
    const result = findHeaderRow(rows(['f'.repeat(1_000_000), '名称']), REGISTRY_COLUMNS);
    if (result.found) throw new Error('no header expected');
    const d = headerMissingDiagnostic(result, { file: 'r.xlsx', sheet: 'S' }, 'REGISTRY_MISSING_COLUMN');
    expect(d.message.length).toBeLessThan(200);
    expect(d.message).toContain(`${'f'.repeat(20)}…`);
  });

  test('an empty sheet', () => {
    const result = findHeaderRow([], REGISTRY_COLUMNS);
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(
      headerMissingDiagnostic(result, { file: 'r.xlsx', sheet: 'S' }, 'REGISTRY_MISSING_COLUMN').cell,
    ).toBeUndefined();
  });
});
