import { describe, expect, it } from 'vitest';
import { isDateFormat, isDateFormatCode, serialToDate } from '../../src/workbook/index.js';

const iso = (date: Date) => date.toISOString();

describe('serialToDate', () => {
  it.each([
    [1, false, '1900-01-01T00:00:00.000Z'],
    [59, false, '1900-02-28T00:00:00.000Z'],
    // Excel's fictitious 1900-02-29; JavaScript has no such day and names it March 1st.
    [60, false, '1900-03-01T00:00:00.000Z'],
    [61, false, '1900-03-01T00:00:00.000Z'],
    [25569, false, '1970-01-01T00:00:00.000Z'],
    [44842, false, '2022-10-08T00:00:00.000Z'],
    [45291, false, '2023-12-31T00:00:00.000Z'],
    [45291.5, false, '2023-12-31T12:00:00.000Z'],
    [45291.333333333336, false, '2023-12-31T08:00:00.000Z'],
    [0.25, false, '1899-12-31T06:00:00.000Z'],
    [2958465, false, '9999-12-31T00:00:00.000Z'],
    [0, true, '1904-01-01T00:00:00.000Z'],
    [1, true, '1904-01-02T00:00:00.000Z'],
    [43830, true, '2024-01-01T00:00:00.000Z'],
    [43380.75, true, '2022-10-08T18:00:00.000Z'],
  ])('serial %s (1904: %s) is %s', (serial, date1904, expected) => {
    expect(iso(serialToDate(serial, date1904))).toBe(expected);
  });

  it('puts the same calendar day 1462 serials apart in the two systems', () => {
    for (const serial of [61, 1000, 36526, 45291]) {
      expect(serialToDate(serial, false)).toEqual(serialToDate(serial - 1462, true));
    }
  });
});

describe('isDateFormatCode', () => {
  it.each([
    'yyyy"年"m"月"d"日"',
    'yyyy/m/d',
    'YYYY-MM-DD',
    'm/d/yy h:mm',
    'h:mm:ss',
    '[h]:mm:ss',
    'mm:ss',
    '[$-804]yyyy"年"m"月"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'yyyy年m月d日',
    'm月d日',
    'd-mmm',
    'dddd',
    'yyyy-mm-dd;@',
  ])('%s shows a date or time', (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  it.each([
    'General',
    'G/通用格式',
    '0',
    '0.00',
    '#,##0.00',
    '[Red]0.00',
    '0.00%',
    '0.00E+00',
    '@',
    '"年度"0',
    '0"天"',
    '\\d0',
    '_-* #,##0.00_-;-* #,##0.00_-',
    '[$¥-804]#,##0.00',
    '0;[Red]-0;"yyyy"',
    '"unterminated',
  ])('%s does not', (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });
});

describe('isDateFormat', () => {
  it('knows the built-in date ids, including the East Asian 27–36 and 50–58', () => {
    const dates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 55, 58];
    const numbers = [0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59];
    expect(dates.filter((id) => !isDateFormat(id))).toEqual([]);
    expect(numbers.filter((id) => isDateFormat(id))).toEqual([]);
  });

  it('prefers the workbook’s own code for an id', () => {
    expect(isDateFormat(14, '0.00')).toBe(false);
    expect(isDateFormat(176, 'yyyy-mm-dd')).toBe(true);
  });
});
