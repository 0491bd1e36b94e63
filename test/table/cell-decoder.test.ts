import { describe, expect, test } from 'vitest';
import {
  CellProblem,
  cellDecoder,
  DecodeFailure,
  decodeCell,
  failureDiagnostics,
  repeated,
} from '../../src/table/cell-decoder.js';
import type { CellValue } from '../../src/workbook/types.js';

let parses = 0;
const number = cellDecoder('得分', (cell) => {
  parses++;
  return typeof cell === 'number'
    ? cell
    : new CellProblem('CHECK_BAD_SCORE', `得分“${String(cell)}”不是数字`, '填数字');
});
const at = { file: 'f.xlsx', sheet: 'S', row: 7, column: 'C' };

function diagnose(cell: CellValue) {
  const result = decodeCell(number, cell);
  return result instanceof DecodeFailure ? failureDiagnostics(result, at) : [];
}

describe('decodeCell', () => {
  test('a value', () => {
    expect(decodeCell(number, 95)).toBe(95);
  });

  test('a refusal becomes a diagnostic at the cell', () => {
    expect(diagnose('x')).toEqual([
      {
        code: 'CHECK_BAD_SCORE',
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
    const out = diagnose(cell);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code, message, cell: 'C7' });
    expect(out[0]?.message).not.toContain('[object Object]');
  });

  test('a value no reader should hand over', () => {
    // @ts-expect-error: deliberately not a CellValue
    expect(diagnose({ richText: [] })[0]).toMatchObject({ code: 'CELL_UNREADABLE', cell: 'C7' });
  });

  test('an empty cell is decoded once per decoder', () => {
    const before = parses;
    decodeCell(number, null);
    decodeCell(number, undefined);
    decodeCell(number, null);
    expect(parses - before).toBeLessThanOrEqual(1);
  });
});

describe('the zod schema and the direct check agree', () => {
  const cells: unknown[] = [
    95,
    'x',
    null,
    '',
    true,
    new Date(Date.UTC(2022, 9, 1)),
    { error: '#N/A' },
    '宜兴\ufffd改',
  ];
  cells.push({ richText: [] });

  test.each(cells.map((cell) => [cell]))('%o', (cell) => {
    const parsed = number.schema.safeParse(cell);
    const checked = number.check(cell);
    if (parsed.success) {
      expect(checked).toEqual(parsed.data);
      return;
    }
    expect(checked).toBeInstanceOf(CellProblem);
    const problem = checked as CellProblem;
    expect(parsed.error.issues).toHaveLength(1);
    expect(parsed.error.issues[0]).toMatchObject({
      message: problem.message,
      params: { code: problem.code, hint: problem.hint },
    });
  });
});

describe('repeated', () => {
  test('each distinct text or date is decoded once, with the same outcome', () => {
    let calls = 0;
    const month = repeated(
      cellDecoder('检查月份', (cell) => {
        calls++;
        return cell === '2022-10' || cell instanceof Date
          ? 'ok'
          : new CellProblem('CHECK_BAD_MONTH', '无法识别');
      }),
    );
    const date = () => new Date(Date.UTC(2022, 9, 1));
    const outcomes = ['2022-10', 'x', '2022-10', 'x', date(), date()].map((cell) => decodeCell(month, cell));
    expect(calls).toBe(3);
    expect(outcomes.slice(0, 4).map((o) => o instanceof DecodeFailure)).toEqual([false, true, false, true]);
    expect(outcomes[4]).toBe('ok');
    expect(failureDiagnostics(outcomes[1] as DecodeFailure, at)).toEqual(
      failureDiagnostics(outcomes[3] as DecodeFailure, at),
    );
  });
});
