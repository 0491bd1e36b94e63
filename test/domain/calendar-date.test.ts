/**
 * One date check for `--date` and the config's `colophon.printDate`, and one year range for periods:
 * real calendar dates only, years 2000–2099, a Chinese reason otherwise (exit 2).
 */
import { describe, expect, it } from 'vitest';
import { dateOption, periodOption } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { ConfigError, parseConfig } from '../../src/config/load-config.js';
import { parseCalendarDate } from '../../src/domain/calendar-date.js';
import { runCli, SAMPLE } from '../helpers/cli.js';

describe('parseCalendarDate', () => {
  it.each([
    ['2023-01-09', { date: '2023-01-09' }],
    ['2023-1-9', { date: '2023-01-09' }],
    ['2024-02-29', { date: '2024-02-29' }],
    ['2023-02-29', { problem: '没有这一天（2023年2月29日）' }],
    ['2023-13-45', { problem: '没有这一天（2023年13月45日）' }],
    ['2023-00-10', { problem: '没有这一天（2023年0月10日）' }],
    ['0000-01-01', { problem: '年份应在 2000～2099 之间' }],
    ['0999-12-31', { problem: '年份应在 2000～2099 之间' }],
    ['2100-01-01', { problem: '年份应在 2000～2099 之间' }],
    ['2023年1月9日', { problem: '应写作 2023-01-09（四位年份-月-日）' }],
  ])('%s', (text, expected) => {
    expect(parseCalendarDate(text)).toEqual(expected);
  });
});

describe('where dates and years come in', () => {
  it.each([['0000-01-01'], ['2023-13-45'], ['2023-02-29']])('--date %s is a usage error', (value) => {
    expect(() => dateOption(value)).toThrow(UsageError);
    expect(() => dateOption(value)).toThrow(`--date 的写法不对：“${value}”`);
  });

  it.each([
    [{ quarter: '0999Q4' }, '--quarter 的年份不对：“0999Q4”，年份应在 2000～2099 之间'],
    [{ year: '0999' }, '--year 的年份不对：“0999”，年份应在 2000～2099 之间'],
    [{ year: '1999' }, '--year 的年份不对：“1999”，年份应在 2000～2099 之间'],
  ])('%o is a usage error', (options, message) => {
    expect(() => periodOption(options)).toThrow(message);
  });

  it('refuses a colophon.printDate that is no calendar date', () => {
    expect(() => parseConfig({ colophon: { printDate: '2023-13-45' } })).toThrow(ConfigError);
    expect(() => parseConfig({ colophon: { printDate: '2023-13-45' } })).toThrow(
      'colophon.printDate：“2023-13-45”不是有效日期：没有这一天（2023年13月45日）',
    );
    expect(parseConfig({ colophon: { printDate: '2023-01-09' } }).colophon?.printDate).toBe('2023-01-09');
  });

  it.each([
    [['stats', '--quarter', '0999Q4']],
    [['stats', '--year', '0999']],
    [['build', '--quarter', '2022Q4', '--date', '0000-01-01']],
  ])('the built CLI: %o is exit 2 with a Chinese message', (args) => {
    const r = runCli([...args, '--workspace', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：--(quarter|year|date) 的/);
  });
});
