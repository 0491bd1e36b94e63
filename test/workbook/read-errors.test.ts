import { describe, expect, it } from 'vitest';
import { readErrorDiagnostic, workbookReadError } from '../../src/workbook/read-errors.js';

describe('readErrorDiagnostic', () => {
  it('turns a file that cannot be read into one error naming it, with the hint', () => {
    const error = workbookReadError('checks/宜兴市.xls', 'WORKBOOK_OLE2', 'OLE2 signature');
    expect(readErrorDiagnostic(error, 'checks/宜兴市.xls')).toEqual({
      code: 'WORKBOOK_OLE2',
      severity: 'error',
      file: 'checks/宜兴市.xls',
      message:
        '无法读取“checks/宜兴市.xls”：这是旧版 Excel（.xls）或 WPS 表格（.et）格式的文件，也可能是设置了密码的 .xlsx',
      hint: '请用 WPS 或 Excel 另存为 .xlsx（如设置了打开密码，请先去除密码）',
    });
  });

  it('throws anything else again: a bug is not bad input', () => {
    const bug = new TypeError('x is undefined');
    expect(() => readErrorDiagnostic(bug, 'registry.xlsx')).toThrow(bug);
  });
});
