import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CHECK_KIND_ALIASES,
  cellText,
  districtLookup,
  excelSerialToDate,
  isBlankCell,
  isEmptyValue,
  monthFromSheetName,
  NO_SPELLINGS,
  PLACEHOLDERS,
  parseCheckKind,
  parseConclusion,
  parseDate,
  parseMonth,
  parseScore,
  parseStatus,
  parseYesNo,
  STATUS_ALIASES,
  YES_SPELLINGS,
} from '../../src/table/parse-values.js';
import type { CellValue } from '../../src/workbook/types.js';

const DISTRICTS = ['江阴市', '宜兴市', '梁溪区'];

describe('dates', () => {
  test.each<[string, CellValue, string]>([
    ['ISO text', '2022-10-08', '2022-10-08'],
    ['slashes, no padding', '2022/10/8', '2022-10-08'],
    ['dots', '2022.10.8', '2022-10-08'],
    ['Chinese', '2022年10月8日', '2022-10-08'],
    ['Chinese without 日', '2022年10月8', '2022-10-08'],
    ['Chinese with spaces', '2022 年 10 月 8 日', '2022-10-08'],
    ['full-width digits', '２０２２－１０－０８', '2022-10-08'],
    ['full-width Chinese', '２０２２年１０月８日', '2022-10-08'],
    ['surrounding spaces', '  2022-10-08 ', '2022-10-08'],
    ['ideographic spaces', '\u30002022/10/8\u3000', '2022-10-08'],
    ['with a time', '2022-10-08 14:30:00', '2022-10-08'],
    ['ISO with T', '2022-10-08T00:00:00Z', '2022-10-08'],
    ['compact text', '20221008', '2022-10-08'],
    ['compact number', 20221008, '2022-10-08'],
    ['leap day', '2024-02-29', '2024-02-29'],
    ['Date cell', new Date(Date.UTC(2022, 9, 8)), '2022-10-08'],
    ['Date cell a millisecond short of midnight', new Date(Date.UTC(2022, 9, 8) - 1), '2022-10-08'],
    ['serial 44842', 44842, '2022-10-08'],
    ['serial with a time', 44842.75, '2022-10-08'],
    ['serial 61', 61, '1900-03-01'],
  ])('%s: %j → %s', (_label, cell, expected) => {
    expect(parseDate(cell, false)).toBe(expected);
  });

  test('a serial in the 1904 system', () => {
    expect(parseDate(43380, true)).toBe('2022-10-08');
    expect(excelSerialToDate(0, true)?.toISOString()).toBe('1904-01-01T00:00:00.000Z');
  });

  test.each<[string, CellValue]>([
    ['impossible day', '2022-02-30'],
    ['not a leap year', '2023-02-29'],
    ['month 13', '2022-13-01'],
    ['day 0', '2022-10-00'],
    ['mixed separators', '2022-10/08'],
    ['two-digit year', '22-10-08'],
    ['a word', '十月八日'],
    ['month only', '2022-10'],
    ['serial below 61 (Excel’s fictitious 1900-02-29)', 60],
    ['negative number', -5],
    ['boolean', true],
    ['error cell', { error: '#N/A' }],
    ['invalid Date', new Date(Number.NaN)],
  ])('rejects %s: %j', (_label, cell) => {
    expect(parseDate(cell, false)).toBeNull();
  });
});

describe('months', () => {
  test.each<[CellValue, string]>([
    ['2022-10', '2022-10'],
    ['2022年10月', '2022-10'],
    ['2022年10月份', '2022-10'],
    ['2022/10', '2022-10'],
    ['2022.10', '2022-10'],
    ['2022.1', '2022-01'],
    ['202210', '2022-10'],
    [202210, '2022-10'],
    ['２０２２年１０月', '2022-10'],
    [' 2022-10 ', '2022-10'],
    ['10月', '2023-10'],
    ['10月份', '2023-10'],
    ['10', '2023-10'],
    [10, '2023-10'],
    ['2022-10-08', '2022-10'],
    ['2022年10月8日', '2022-10'],
    [new Date(Date.UTC(2022, 9, 31)), '2022-10'],
    [44842, '2022-10'],
  ])('%j → %s (period year 2023)', (cell, expected) => {
    expect(parseMonth(cell, 2023, false)).toBe(expected);
  });

  test.each<CellValue>(['2022-13', '13月', '0', 13, 500, '十月', '2022', true, { error: '#REF!' }])(
    'rejects %j',
    (cell) => {
      expect(parseMonth(cell, 2022, false)).toBeNull();
    },
  );

  test.each<[string, string | null]>([
    ['2022年10月', '2022-10'],
    ['2022-10', '2022-10'],
    ['2022.10', '2022-10'],
    ['2022_10', '2022-10'],
    ['10月', '2022-10'],
    ['10月份', '2022-10'],
    ['2022年10月检查结果', '2022-10'],
    ['10月检查结果', '2022-10'],
    ['单否检查（2022年11月）', '2022-11'],
    ['２０２２年１２月', '2022-12'],
    ['Sheet1', null],
    ['检查结果', null],
    ['2022年', null],
    ['10-12月', null],
    ['2022年10至12月', null],
  ])('sheet name %j → %j', (name, expected) => {
    expect(monthFromSheetName(name, 2022)).toBe(expected);
  });
});

describe('yes / no', () => {
  test.each(YES_SPELLINGS.map((s) => [s]))('%j is yes', (s) => {
    expect(parseYesNo(s)).toBe(true);
  });
  test.each(NO_SPELLINGS.map((s) => [s]))('%j is no', (s) => {
    expect(parseYesNo(s)).toBe(false);
  });
  test.each<[CellValue, boolean]>([
    ['YES', true],
    ['Ｙ', true],
    [' 是 ', true],
    ['TRUE', true],
    [true, true],
    [1, true],
    ['NO', false],
    ['ｎ', false],
    [false, false],
    [0, false],
    [null, false],
    ['', false],
    ['  ', false],
    ['/', false],
  ])('%j → %s', (cell, expected) => {
    expect(parseYesNo(cell)).toBe(expected);
  });
  test.each<CellValue>(['待定', 'x', 2, '是否', { error: '#N/A' }])('rejects %j', (cell) => {
    expect(parseYesNo(cell)).toBeNull();
  });
});

describe('scores', () => {
  // Decided: a number typed as text counts, with full-width digits, spaces and a trailing 分 tolerated.
  test.each<[CellValue, number]>([
    [95, 95],
    [95.5, 95.5],
    [0, 0],
    ['95', 95],
    ['95.5', 95.5],
    ['９５', 95],
    [' 95 ', 95],
    ['95分', 95],
    [' 95 分', 95],
    ['100', 100],
    ['-3', -3],
    ['120', 120],
  ])('%j → %d (range is the reader’s rule)', (cell, expected) => {
    expect(parseScore(cell)).toBe(expected);
  });
  test.each<CellValue>(['优秀', '九十五', '95%', '9 5', '', true, new Date(0), { error: '#VALUE!' }])(
    'rejects %j',
    (cell) => {
      expect(parseScore(cell)).toBeNull();
    },
  );
});

describe('fixed lists', () => {
  test.each(
    (Object.keys(STATUS_ALIASES) as (keyof typeof STATUS_ALIASES)[]).flatMap((status) =>
      STATUS_ALIASES[status].map((alias) => [alias, status]),
    ),
  )('状态 %j → %s', (alias, status) => {
    expect(parseStatus(alias)).toBe(status);
  });
  test('an empty 状态 is 正常; an unknown one is null', () => {
    expect(parseStatus(null)).toBe('正常');
    expect(parseStatus('  ')).toBe('正常');
    expect(parseStatus('暂停')).toBeNull();
  });

  test.each(
    (Object.keys(CHECK_KIND_ALIASES) as (keyof typeof CHECK_KIND_ALIASES)[]).flatMap((kind) =>
      CHECK_KIND_ALIASES[kind].map((alias) => [alias, kind]),
    ),
  )('检查类型 %j → %s', (alias, kind) => {
    expect(parseCheckKind(alias)).toBe(kind);
    expect(parseCheckKind(` ${alias} `)).toBe(kind);
  });
  test('an unknown 检查类型 is null', () => {
    expect(parseCheckKind('抽查')).toBeNull();
  });

  test.each<[CellValue, '合格' | '不合格' | null]>([
    ['合格', '合格'],
    ['不合格', '不合格'],
    ['是', '合格'],
    ['否', '不合格'],
    ['√', '合格'],
    ['×', '不合格'],
    [true, '合格'],
    ['基本合格', null],
  ])('检查结论 %j → %j', (cell, expected) => {
    expect(parseConclusion(cell)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ['市级', '市级'],
    ['市本级', '市级'],
    ['市直', '市级'],
    ['市级部门', '市级'],
    ['宜兴市', '宜兴市'],
    [' 宜兴市 ', '宜兴市'],
    ['宜 兴 市', '宜兴市'],
    ['西湖区', null],
    ['宜兴', null],
  ])('所属地区 %j → %j', (text, expected) => {
    expect(districtLookup(DISTRICTS)(text)).toBe(expected);
  });
});

describe('cell text', () => {
  test.each<[CellValue | undefined, string]>([
    [null, ''],
    [undefined, ''],
    ['  宜兴发改\u3000', '宜兴发改'],
    [95.5, '95.5'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2022, 9, 8)), '2022-10-08'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%j → %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
  test.each(PLACEHOLDERS.map((p) => [p]))('placeholder %j is an empty value', (p) => {
    expect(isEmptyValue(p)).toBe(true);
    expect(isEmptyValue(` ${p}\u3000`)).toBe(true);
  });
  test.each(['-1', '/x', '2022-10', '———', '无'])('%j is not a placeholder', (text) => {
    expect(isEmptyValue(text)).toBe(false);
  });
  test('blank and empty values', () => {
    expect(isBlankCell('\u3000 ')).toBe(true);
    expect(isBlankCell('/')).toBe(false);
    expect(isEmptyValue('/')).toBe(true);
    expect(isEmptyValue('——')).toBe(true);
    expect(isEmptyValue(0)).toBe(false);
  });
});

describe('the shortcuts before the trimming and placeholder regexes', () => {
  const TRIM = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;
  const PLACEHOLDER = /^[\s\u3000\u00a0]*(?:[/／]|[-－—]{1,2})[\s\u3000\u00a0]*$/;
  const chars = fc.constantFrom(...'a Z0/-／－—_宜兴号\u3000\u00a0\ufeff\t\n\r\u2003\u205fＡ①丽\u4dff\ua000');

  test('give what the regexes give, for any text', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 10 }), (list) => {
        const text = list.join('');
        expect(cellText(text)).toBe(text.replace(TRIM, ''));
        expect(isBlankCell(text)).toBe(text.replace(TRIM, '') === '');
        expect(isEmptyValue(text)).toBe(
          text.replace(TRIM, '') === '' || (text.length <= 8 && PLACEHOLDER.test(text)),
        );
      }),
      { numRuns: 5000 },
    );
  });
});
