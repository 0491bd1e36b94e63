import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { parseQuarter, parseYear } from '../../src/domain/period.js';
import { computePeriodStats, type StatsRecordsInput } from '../../src/stats/compute-period-stats.js';
import { computeYearStats, isYearStats } from '../../src/stats/compute-year-stats.js';
import { ACCOUNTS, ACTIVE, check, closed, jiangyin, yearRecords } from '../helpers/year-records.js';

const year = parseYear('2022')!;
const input: StatsRecordsInput = { config: defaultConfig(), accounts: ACCOUNTS, records: yearRecords() };

describe('computeYearStats', () => {
  const stats = computeYearStats(input, year);

  it('is the year as one period, from computePeriodStats, plus the yearly parts', () => {
    expect(stats).toMatchObject(computePeriodStats(input, year));
    expect(isYearStats(stats)).toBe(true);
    expect(isYearStats(computePeriodStats(input, parseQuarter('2022Q4')!))).toBe(false);
    expect(stats.period).toBe('2022');
    expect(stats.asOf).toBe('2022-12-31');
  });

  it('counts the accounts registered at year end and their checks over the year', () => {
    expect(stats.registered.total).toBe(6);
    expect(stats.checked).toBe(6);
    expect(stats.unqualified.accounts.map((a) => a.name)).toEqual(['江阴城管', '宜兴发改']);
    expect(stats.passRateText).toBe('66.7%');
    expect(stats.perfectScore.accounts.map((a) => a.name)).toEqual([
      '无锡发布',
      '梁溪司法',
      '滨湖发布',
      '梁溪文旅',
    ]);
    expect(stats.months.map((m) => m.month)).toEqual(['2022-02', '2022-05', '2022-11', '2022-12']);
  });

  it('gives each quarter its checks, unqualified, rate and change against the quarter before', () => {
    expect(stats.quarters).toEqual([
      // The closed account still counts in Q1 and Q2: it was registered at those quarters' ends.
      {
        period: '2022Q1',
        quarter: 1,
        asOf: '2022-03-31',
        registered: 7,
        checked: 7,
        unqualified: 2,
        passRate: 5 / 7,
        passRateText: '71.4%',
        passRateChange: null,
      },
      {
        period: '2022Q2',
        quarter: 2,
        asOf: '2022-06-30',
        registered: 7,
        checked: 7,
        unqualified: 1,
        passRate: 6 / 7,
        passRateText: '85.7%',
        passRateChange: 14.3,
      },
      {
        period: '2022Q3',
        quarter: 3,
        asOf: '2022-09-30',
        registered: 6,
        checked: 0,
        unqualified: 0,
        passRate: null,
        passRateText: '—',
        passRateChange: null,
      },
      // Q3 had no checks, so Q4 has nothing to compare with.
      {
        period: '2022Q4',
        quarter: 4,
        asOf: '2022-12-31',
        registered: 6,
        checked: 6,
        unqualified: 2,
        passRate: 4 / 6,
        passRateText: '66.7%',
        passRateChange: null,
      },
    ]);
  });

  it('compares the first quarter with the last quarter of the year before when its data is there', () => {
    const withPrevious = {
      ...input,
      records: [...ACTIVE.map((a) => check(a, '2021-12', '单否专项检查')), ...yearRecords()],
    };
    const q1 = computeYearStats(withPrevious, year).quarters[0]!;
    // 2021Q4 100% → 2022Q1: the closed account was not checked in 2021, so 5/7 again.
    expect(q1.passRateChange).toBe(-28.6);
    expect(computeYearStats(withPrevious, year).previous?.period).toBe('2021');
  });

  it('compares the first quarter with checks against the last one', () => {
    expect(stats.trend).toEqual({ from: '2022Q1', to: '2022Q4', passRateChange: -4.7 });
    const oneQuarter = { ...input, records: yearRecords().filter((r) => r.month === '2022-05') };
    expect(computeYearStats(oneQuarter, year).trend).toBeNull();
  });

  it('lists as 重点关注 the accounts unqualified in two or more quarters and registered at year end', () => {
    expect(stats.focus.count).toBe(1);
    expect(stats.focus.accounts).toEqual([
      {
        name: '江阴城管',
        platform: '微博',
        platformRaw: '微博',
        operator: '江阴城管单位',
        district: '江阴市',
        label: '江阴城管(微博)',
        quarters: ['2022Q1', '2022Q4'],
        reasons: ['内容不更新', '互动回应差'],
      },
    ]);
    // 已注销号 failed in Q1 and Q2 but was closed before the year's end.
    expect(stats.focus.accounts.map((a) => a.name)).not.toContain(closed.name);
    // Two failures in the same quarter are one quarter.
    const sameQuarter = {
      ...input,
      records: [...yearRecords(), check(jiangyin, '2022-10', '单否专项检查', '安全问题')],
    };
    expect(computeYearStats(sameQuarter, year).focus.accounts[0]!.quarters).toEqual(['2022Q1', '2022Q4']);
  });

  it('ranks the districts high to low, equal rates together, 市级 last', () => {
    expect(stats.districtRanking).toEqual([
      { districts: ['梁溪区', '滨湖区'], passRate: 1, passRateText: '100%', cityLevel: false },
      { districts: ['江阴市', '宜兴市'], passRate: 0, passRateText: '0.0%', cityLevel: false },
      // 市级 passed everything, yet comes last.
      { districts: ['市级'], passRate: 1, passRateText: '100%', cityLevel: true },
    ]);
  });

  it('has four quarters with no rate when nothing was checked', () => {
    const empty = computeYearStats({ ...input, records: [] }, year);
    expect(empty.quarters.map((q) => [q.checked, q.passRate, q.passRateChange])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
    expect(empty.focus).toEqual({ count: 0, accounts: [] });
    expect(empty.districtRanking).toEqual([]);
    expect(empty.trend).toBeNull();
  });

  it('refuses a quarter', () => {
    expect(() => computeYearStats(input, parseQuarter('2022Q4')!)).toThrow(/年度/);
  });
});
