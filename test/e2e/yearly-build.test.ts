/**
 * The yearly report on the sample workspace (fixtures/wuxi-2022 holds all twelve months of 2022):
 * `stats --year` and `build --year` must cover the four quarters, and the year's fourth quarter must
 * agree with the quarterly statistics of 2022Q4.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeriodStats, YearStats } from '../../src/stats/types.js';
import { copySample, type RunResult, runCli } from '../helpers/cli.js';

const OUT_NAME = '2022年度全市政务新媒体检查情况通报.docx';

describe('circular stats --year 2022 on the sample workspace', () => {
  let year: YearStats;
  let q4: PeriodStats;

  beforeAll(() => {
    const dir = copySample();
    const y = runCli(['stats', '--year', '2022', '--workspace', dir, '--format', 'json']);
    const q = runCli(['stats', '--quarter', '2022Q4', '--workspace', dir, '--format', 'json']);
    expect(y.code, y.stderr).toBe(0);
    expect(q.code, q.stderr).toBe(0);
    year = JSON.parse(y.stdout) as YearStats;
    q4 = JSON.parse(q.stdout) as PeriodStats;
  });

  it('covers all twelve months and all four quarters', () => {
    expect(year.period).toBe('2022');
    expect(year.asOf).toBe('2022-12-31');
    expect(year.months.map((m) => m.month)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2022-${m}`),
    );
    expect(year.quarters.map((q) => q.period)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4']);
    for (const q of year.quarters) {
      expect(q.checked, q.period).toBeGreaterThan(0);
      expect(q.passRate, q.period).not.toBeNull();
    }
    // Q2–Q4 each compare with the quarter before.
    for (const q of year.quarters.slice(1)) expect(q.passRateChange, q.period).toEqual(expect.any(Number));
  });

  it('agrees with the quarterly statistics for the fourth quarter and the registry at year end', () => {
    const last = year.quarters[3]!;
    expect([last.registered, last.checked, last.unqualified, last.passRateText]).toEqual([
      q4.registered.total,
      q4.checked,
      q4.unqualified.count,
      q4.passRateText,
    ]);
    expect(last.passRateChange).toBe(q4.previous?.passRateChange);
    expect(year.registered).toEqual(q4.registered);
    expect(year.perfectScore.count).toBe(q4.perfectScore.count);
  });

  it('counts every account that failed in the year, and the 重点关注 among them', () => {
    const perQuarter = year.quarters.reduce((n, q) => n + q.unqualified, 0);
    expect(year.unqualified.count).toBeGreaterThanOrEqual(q4.unqualified.count);
    expect(year.unqualified.count).toBeLessThanOrEqual(perQuarter);
    for (const a of year.focus.accounts) expect(a.quarters.length).toBeGreaterThanOrEqual(2);
    const unqualifiedLabels = new Set(year.unqualified.accounts.map((a) => a.label));
    for (const a of year.focus.accounts) expect(unqualifiedLabels.has(a.label)).toBe(true);
  });

  it('ranks the nine districts’ annual rates with 市级 last', () => {
    const ranked = year.districtRanking.flatMap((g) => g.districts);
    expect(ranked.sort()).toEqual(
      year.byDistrict
        .filter((d) => d.checked > 0)
        .map((d) => d.district)
        .sort(),
    );
    expect(year.districtRanking.at(-1)).toMatchObject({ districts: ['市级'], cityLevel: true });
    const rates = year.districtRanking.filter((g) => !g.cityLevel).map((g) => g.passRate ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });
});

describe('circular build --year 2022 on the sample workspace', () => {
  let run: RunResult;
  let text: string;
  let xml: string;

  beforeAll(async () => {
    const dir = copySample();
    run = runCli(['build', '--year', '2022', '--workspace', dir, '--date', '2023-01-20']);
    const file = join(dir, OUT_NAME);
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    text = bytes.length ? (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n+/g, '\n') : '';
    xml = bytes.length ? strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!) : '';
  });

  it('exits 0 and writes the yearly circular under its default name', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(OUT_NAME);
    expect(text).toContain('市政府办公室关于2022年度全市政务新媒体检查情况的通报');
    expect(text).toContain('截至2022年12月31日，全市政府系统备案在册的政务新媒体共445个');
  });

  it('words all four quarters and their trend', () => {
    expect(text).toMatch(/第一季度检查政务新媒体\d+个/);
    for (const q of ['第二', '第三', '第四'])
      expect(text).toMatch(new RegExp(`${q}季度检查\\d+个.*?较上季度(提升|下降)[\\d.]+个百分点`));
    expect(text).toMatch(/第四季度合格率较第一季度(提升|下降)[\d.]+个百分点|第四季度合格率较第一季度持平/);
    expect(text).toContain('共组织开展政务新媒体检查12次');
  });

  it('attaches the quarters table with one row per quarter', () => {
    expect(text).toMatch(/附件：1\.2022年度各季度政务新媒体检查情况/);
    const first = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
    expect((first.match(/<w:tr[ >]/g) ?? []).length - 1).toBe(4);
    for (const q of ['第一季度', '第二季度', '第三季度', '第四季度']) expect(first).toContain(q);
  });
});
