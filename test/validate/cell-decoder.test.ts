import { describe, expect, test } from 'vitest';
import { CellProblem, cellDecoder, decodeCell } from '../../src/validate/cell-decoder.js';
import type { Diagnostic } from '../../src/validate/diagnostic.js';
import type { CellValue } from '../../src/workbook/types.js';

const number = cellDecoder('得分', (cell) =>
  typeof cell === 'number' ? cell : new CellProblem('BAD', `得分“${String(cell)}”不是数字`, '填数字'),
);
const at = { file: 'f.xlsx', sheet: 'S', row: 7, column: 'C' };

describe('decodeCell', () => {
  test('a value', () => {
    const out: Diagnostic[] = [];
    expect(decodeCell(number, 95, at, out)).toEqual({ ok: true, value: 95 });
    expect(out).toEqual([]);
  });

  test('a refusal becomes a diagnostic at the cell', () => {
    const out: Diagnostic[] = [];
    expect(decodeCell(number, 'x', at, out).ok).toBe(false);
    expect(out).toEqual([
      {
        code: 'BAD',
        severity: 'error',
        file: 'f.xlsx',
        sheet: 'S',
        row: 7,
        column: 'C',
        cell: 'C7',
        message: '得分“x”不是数字',
        hint: '填数字',
      },
    ]);
  });

  test.each<[string, CellValue, string, string]>([
    ['#N/A', { error: '#N/A' }, 'CELL_ERROR', '“得分”单元格是错误值“#N/A”'],
    ['#DIV/0!', { error: '#DIV/0!' }, 'CELL_ERROR', '“得分”单元格是错误值“#DIV/0!”'],
    ['garbled text', '宜兴\ufffd改', 'CELL_GARBLED', '“得分”单元格含有无法识别的字符：“宜兴\ufffd改”'],
  ])('%s is refused for every column, never “[object Object]”', (_label, cell, code, message) => {
    const out: Diagnostic[] = [];
    decodeCell(number, cell, at, out);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code, message, cell: 'C7' });
    expect(out[0]?.message).not.toContain('[object Object]');
  });

  test('a value no reader should hand over', () => {
    const out: Diagnostic[] = [];
    // @ts-expect-error: deliberately not a CellValue
    decodeCell(number, { richText: [] }, at, out);
    expect(out[0]).toMatchObject({ code: 'CELL_UNREADABLE', cell: 'C7' });
  });
});
