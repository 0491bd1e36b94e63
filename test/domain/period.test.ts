import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  defaultOutputName,
  monthEnd,
  parseHalfYear,
  parseMonth,
  parsePeriod,
  parseQuarter,
  parseYear,
  periodName,
  periodWord,
  previousPeriod,
  previousPeriodWord,
  quarterName,
  quarterOfMonth,
  quartersOf,
  yearEarlier,
} from '../../src/domain/period.js';

describe('periods', () => {
  it('parses a quarter with its months and last day', () => {
    const p = parseQuarter('2022Q4')!;
    expect(p).toMatchObject({
      id: '2022Q4',
      kind: 'quarter',
      year: 2022,
      quarter: 4,
      start: '2022-10-01',
      end: '2022-12-31',
    });
    expect(p.months).toEqual(['2022-10', '2022-11', '2022-12']);
  });

  it.each([
    ['2022Q1', '2022-03-31'],
    ['2024Q1', '2024-03-31'],
    ['2022Q2', '2022-06-30'],
    ['2022Q3', '2022-09-30'],
    ['2022q4', '2022-12-31'],
  ])('%s ends on %s', (text, end) => {
    expect(parseQuarter(text)?.end).toBe(end);
  });

  it.each(['2022Q5', '22Q4', '2022Q0', '2022-Q4', '', 'Q4'])('rejects %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it('parses a year', () => {
    const y = parseYear('2022')!;
    expect(y.end).toBe('2022-12-31');
    expect(y.months).toHaveLength(12);
    expect(parseYear('22')).toBeNull();
    expect(parsePeriod('2022')?.kind).toBe('year');
  });

  it('knows the period before', () => {
    expect(previousPeriod(parseQuarter('2022Q1')!).id).toBe('2021Q4');
    expect(previousPeriod(parseQuarter('2022Q4')!).id).toBe('2022Q3');
    expect(previousPeriod(parseYear('2022')!).id).toBe('2021');
    expect(quartersOf(2022).map((q) => q.id)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4']);
  });

  it.each([
    ['2022-01', '2022Q1'],
    ['2022-03', '2022Q1'],
    ['2022-04', '2022Q2'],
    ['2022-09', '2022Q3'],
    ['2022-12', '2022Q4'],
  ])('month %s is in %s', (month, quarter) => {
    expect(quarterOfMonth(month)).toBe(quarter);
  });

  it.each([
    [1, '第一季度'],
    [2, '第二季度'],
    [3, '第三季度'],
    [4, '第四季度'],
  ])('quarter %d is %s', (q, name) => {
    expect(quarterName(q)).toBe(name);
  });

  it.each([
    ['2022Q1', '2022年第一季度', '2022年第一季度全市政务新媒体检查情况通报.docx'],
    ['2022Q4', '2022年第四季度', '2022年第四季度全市政务新媒体检查情况通报.docx'],
    ['2022', '2022年度', '2022年度全市政务新媒体检查情况通报.docx'],
    ['2023-09', '2023年9月', '2023年9月全市政务新媒体检查情况通报.docx'],
    ['2023-12', '2023年12月', '2023年12月全市政务新媒体检查情况通报.docx'],
    ['2023H1', '2023年上半年', '2023年上半年全市政务新媒体检查情况通报.docx'],
    ['2023H2', '2023年下半年', '2023年下半年全市政务新媒体检查情况通报.docx'],
  ])('names %s %s and saves it as %s', (id, name, file) => {
    const period = parsePeriod(id)!;
    expect(periodName(period)).toBe(name);
    expect(defaultOutputName(period)).toBe(file);
  });

  it("names the file by the config's scope: 全县 for a county", () => {
    expect(defaultOutputName(parsePeriod('2023-06')!, '县')).toBe('2023年6月全县政务新媒体检查情况通报.docx');
    expect(defaultOutputName(parsePeriod('2023-06')!, '县', true)).toBe(
      '2023年6月全县政府网站与政务新媒体检查情况通报.docx',
    );
  });

  it.each([
    ['2022-02', '2022-02-28'],
    ['2024-02', '2024-02-29'],
    ['2022-12', '2022-12-31'],
    ['2022-04', '2022-04-30'],
  ])('month %s ends on %s', (month, end) => {
    expect(monthEnd(month)).toBe(end);
    expect(monthEnd(month)).toBe(end);
  });

  it.each([
    [new Date(2023, 0, 1), '2023Q1'],
    [new Date(2023, 2, 31, 23, 59), '2023Q1'],
    [new Date(2023, 3, 1), '2023Q2'],
    [new Date(2023, 11, 31), '2023Q4'],
  ])('on %s the current quarter is %s', (now, id) => {
    expect(currentQuarter(now).id).toBe(id);
  });

  it.each([
    ['2023-09', '2023-09', '2023-09-01', '2023-09-30'],
    ['2023-9', '2023-09', '2023-09-01', '2023-09-30'],
    ['2024-02', '2024-02', '2024-02-01', '2024-02-29'],
    [' 2023-12 ', '2023-12', '2023-12-01', '2023-12-31'],
  ])('parses the month %j as %s, %s to %s', (text, id, start, end) => {
    const p = parseMonth(text)!;
    expect(p).toMatchObject({ id, kind: 'month', start, end, months: [id] });
    expect(parsePeriod(text)?.id).toBe(id);
  });

  it.each(['2023-13', '2023-00', '2023-0', '23-09', '2023/09', '2023-009', '2023年9月', '2023-09-01'])(
    'rejects the month %j',
    (text) => {
      expect(parseMonth(text)).toBeNull();
    },
  );

  it('parses a half year, case-insensitive, with its six months', () => {
    const h1 = parseHalfYear('2023h1')!;
    expect(h1).toMatchObject({ id: '2023H1', kind: 'half', half: 1, start: '2023-01-01', end: '2023-06-30' });
    expect(h1.months).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    const h2 = parsePeriod('2023H2')!;
    expect(h2).toMatchObject({ kind: 'half', start: '2023-07-01', end: '2023-12-31' });
    expect(h2.months.at(0)).toBe('2023-07');
    expect(h2.months).toHaveLength(6);
  });

  it.each(['2023H3', '2023H0', '2023-H1', 'H1', '2023HH1'])('rejects the half year %j', (text) => {
    expect(parseHalfYear(text)).toBeNull();
    expect(parsePeriod(text)).toBeNull();
  });

  it.each([
    ['2023-01', '2022-12', '2022-01'],
    ['2023-09', '2023-08', '2022-09'],
    ['2023-12', '2023-11', '2022-12'],
    ['2022Q1', '2021Q4', '2021Q1'],
    ['2022Q4', '2022Q3', '2021Q4'],
    ['2023H1', '2022H2', '2022H1'],
    ['2023H2', '2023H1', '2022H2'],
    ['2022', '2021', '2021'],
  ])('before %s comes %s; a year earlier is %s', (id, before, lastYear) => {
    const period = parsePeriod(id)!;
    expect(previousPeriod(period).id).toBe(before);
    expect(previousPeriod(period).kind).toBe(period.kind);
    expect(yearEarlier(period).id).toBe(lastYear);
  });

  it.each([
    ['2023-09', '本月', '上月'],
    ['2022Q4', '本季度', '上季度'],
    ['2022H1', '上半年', '上年下半年'],
    ['2022H2', '下半年', '上半年'],
    ['2022', '全年', '上年'],
  ])('%s is %s within its text and compares with %s', (id, word, previous) => {
    const period = parsePeriod(id)!;
    expect(periodWord(period)).toBe(word);
    expect(previousPeriodWord(period)).toBe(previous);
  });
});
