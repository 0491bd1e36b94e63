import { describe, expect, it } from 'vitest';
import type { CheckRecord } from '../../src/checks/check-record.js';
import { defaultConfig } from '../../src/config/schema.js';
import { parseQuarter } from '../../src/domain/period.js';
import type { CheckKind } from '../../src/domain/vocabulary.js';
import type { RegistryAccount } from '../../src/registry/account.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { account } from '../helpers/year-records.js';

function check(
  a: RegistryAccount,
  month: string,
  kind: CheckKind,
  extra: Partial<CheckRecord> = {},
): CheckRecord {
  const failed = extra.failed ?? false;
  return {
    month,
    kind,
    account: a.index,
    veto: failed,
    reposting: false,
    failed,
    reasons: failed ? ['内容不更新'] : [],
    ...(kind === '全面检查' ? { score: 100 } : {}),
    at: { file: 'checks.xlsx', sheet: month, row: 2 },
    ...extra,
  };
}

describe('computePeriodStats', () => {
  const a = account(0, '无锡发布', '微信公众号', '市级');
  const b = account(1, '宜兴发改', '微信公众号', '宜兴市');
  const c = account(2, '江阴城管', '微博', '江阴市');
  const d = account(3, '梁溪司法', '其他', '梁溪区', { platformRaw: '抖音' });
  const later = account(4, '新开账号', '微信公众号', '梁溪区', { filedOn: '2023-01-05' });
  const closed = account(5, '已关停', '微博', '市级', { status: '注销', closedOn: '2022-11-30' });
  const closedLater = account(6, '次年注销', '移动客户端', '江阴市', {
    status: '注销',
    closedOn: '2023-02-01',
  });
  const closedNoDate = account(7, '无日期关停', '微博', '市级', { status: '关停' });
  const accounts = [a, b, c, d, later, closed, closedLater, closedNoDate];
  const everyone = [a, b, c, d, closedLater];
  const records: CheckRecord[] = [
    // Q3: one failure of c, so the previous quarter has a rate.
    ...everyone.map((x) => check(x, '2022-09', '全面检查', x === c ? { failed: true, score: 100 } : {})),
    ...everyone.map((x) => check(x, '2022-10', '单否专项检查', x === b ? { reposting: true } : {})),
    ...everyone.map((x) => check(x, '2022-11', '单否专项检查', x === d ? { failed: true } : {})),
    ...everyone.map((x) => check(x, '2022-12', '全面检查', { score: x === a ? 95 : 100 })),
    check(closed, '2022-10', '单否专项检查', { failed: true }),
  ];
  const config = { ...defaultConfig(), provincial: { '2022Q4': { checked: 20, passed: 19 } } };
  const stats = computePeriodStats({ config, accounts, records }, parseQuarter('2022Q4')!);

  it('counts accounts registered at the period end only', () => {
    expect(stats.registered.total).toBe(5);
    expect(stats.registered.byLevel).toEqual({ city: 1, district: 4 });
    expect(stats.registered.byType).toEqual({ 微信公众号: 2, 微博: 1, 移动客户端: 1, 其他: 1 });
    expect(stats.registered.byDistrict.市级).toBe(1);
    expect(stats.registered.byDistrict.新吴区).toBe(0);
  });

  it('counts the checked and the unqualified, ignoring closed accounts', () => {
    expect(stats.checked).toBe(5);
    expect(stats.unqualified.count).toBe(1);
    expect(stats.unqualified.accounts[0]).toMatchObject({
      name: '梁溪司法',
      label: '梁溪司法(其他)',
      reasons: ['内容不更新'],
      months: ['2022-11'],
    });
    expect(stats.qualified).toBe(4);
    expect(stats.passRate).toBe(0.8);
    expect(stats.passRateText).toBe('80.0%');
  });

  it('lists the months with their kind', () => {
    expect(stats.months).toEqual([
      { month: '2022-10', kind: '单否专项检查', checked: 5, unqualified: 0 },
      { month: '2022-11', kind: '单否专项检查', checked: 5, unqualified: 1 },
      { month: '2022-12', kind: '全面检查', checked: 5, unqualified: 0 },
    ]);
  });

  it('finds the accounts at 100 in every full check of the year', () => {
    // a scored 95 in December, c failed in September, d failed in November.
    expect(stats.perfectScore.accounts.map((x) => x.name)).toEqual(['宜兴发改', '次年注销']);
  });

  it('lists reposting accounts in registry order with their label', () => {
    expect(stats.reposting).toEqual({
      count: 1,
      accounts: [expect.objectContaining({ label: '宜兴发改(微信公众号)' })],
    });
  });

  it('gives per-district rates with 市级 last', () => {
    expect(stats.byDistrict.at(-1)).toMatchObject({
      district: '市级',
      registered: 1,
      checked: 1,
      unqualified: 0,
      passRateText: '100%',
    });
    expect(stats.byDistrict.find((x) => x.district === '梁溪区')).toMatchObject({
      checked: 1,
      unqualified: 1,
      passRateText: '0.0%',
    });
    expect(stats.byDistrict.find((x) => x.district === '新吴区')).toMatchObject({
      checked: 0,
      passRate: null,
    });
  });

  it('reads the provincial check from the config', () => {
    expect(stats.provincial).toEqual({ checked: 20, passed: 19, passRate: 0.95, passRateText: '95.0%' });
  });

  it('compares with the previous quarter from the rounded rates', () => {
    expect(stats.previous).toMatchObject({
      period: '2022Q3',
      checked: 5,
      unqualified: 1,
      passRateText: '80.0%',
      passRateChange: 0,
    });
  });

  it('has no previous figures when that quarter has no data', () => {
    const q3 = computePeriodStats(
      { config, accounts, records: records.filter((r) => r.month >= '2022-09') },
      parseQuarter('2022Q3')!,
    );
    expect(q3.previous).toBeNull();
    expect(q3.provincial).toBeNull();
  });
});

describe('computePeriodStats: part-two figures', () => {
  const a = account(0, '无锡发布', '微信公众号', '市级');
  const b = account(1, '宜兴发改', '微信公众号', '宜兴市');
  const c = account(2, '江阴城管', '微博', '江阴市', { platformRaw: '新浪微博' });
  const d = account(3, '梁溪司法', '其他', '梁溪区', { platformRaw: '抖音' });
  const e = account(4, '滨湖发布', '移动客户端', '滨湖区');
  const accounts = [a, b, c, d, e];
  const veto = (x: RegistryAccount, month: string, categories: string[], extra: Partial<CheckRecord> = {}) =>
    check(x, month, '单否专项检查', { failed: true, veto: true, vetoCategories: categories, ...extra });
  const records: CheckRecord[] = [
    // 2022-09: c and d fail; a passes. e is not checked.
    veto(c, '2022-09', ['内容不更新']),
    veto(d, '2022-09', ['安全问题']),
    check(a, '2022-09', '单否专项检查'),
    // 2023-09 (a year later): b fails.
    veto(b, '2023-09', ['互动回应差']),
    check(a, '2023-09', '单否专项检查'),
    // 2022-10: c fails again; d passes; b is deducted twice over; a marked 已整改 (it never failed).
    veto(c, '2022-10', ['账号被冒名', '内容不更新']),
    check(d, '2022-10', '单否专项检查', { deductions: ['错别字', '内容更新不及时'] }),
    check(b, '2022-10', '单否专项检查', { deductions: ['错别字'], rectification: '已整改' }),
  ];
  const unregistered = [
    {
      month: '2022-10',
      kind: '单否专项检查' as const,
      name: '宜兴某街道',
      platformRaw: '抖音号',
      platform: '其他' as const,
      veto: false,
      reposting: false,
      operator: '某街道办',
      district: '宜兴市',
      unregistered: true,
      at: { file: 'checks/10.xlsx', sheet: '10月', row: 9 },
    },
    {
      month: '2022-10',
      kind: '单否专项检查' as const,
      name: '宜兴某街道',
      platformRaw: '抖音',
      platform: '其他' as const,
      veto: false,
      reposting: false,
      unregistered: true,
      at: { file: 'checks/10b.xlsx', sheet: '10月', row: 4 },
    },
    {
      month: '2022-11',
      kind: '单否专项检查' as const,
      name: '十一月才发现',
      platformRaw: '微信',
      platform: '微信公众号' as const,
      veto: false,
      reposting: false,
      unregistered: true,
      at: { file: 'checks/11.xlsx', sheet: '11月', row: 2 },
    },
  ];
  const config = { ...defaultConfig(), rectification: { days: 10 } };
  const stats = computePeriodStats({ config, accounts, records, unregistered }, parseQuarter('2022Q4')!, {
    date: '2023-01-09',
  });

  it('coverage: checked of registered, and 抽查 when fewer than all', () => {
    expect(stats.coverage).toEqual({ checked: 3, rate: 0.6, rateText: '60.0%', sampled: true });
  });

  it('by level and by platform bucket', () => {
    expect(stats.byLevel.map((l) => [l.level, l.registered, l.checked, l.unqualified])).toEqual([
      ['city', 1, 0, 0],
      ['district', 4, 3, 1],
    ]);
    expect(stats.byType.find((t) => t.platform === '微博')).toMatchObject({
      registered: 1,
      checked: 1,
      unqualified: 1,
      passRateText: '0.0%',
    });
  });

  it('problems: config order first, then others by count; accounts with label, district and operator', () => {
    expect(stats.problems.veto.map((p) => [p.category, p.count, p.known])).toEqual([
      ['内容不更新', 1, true],
      ['账号被冒名', 1, false],
    ]);
    expect(stats.problems.deductions.map((p) => [p.category, p.accounts.map((x) => x.label)])).toEqual([
      ['内容更新不及时', ['梁溪司法(其他)']],
      ['错别字', ['宜兴发改(微信公众号)', '梁溪司法(其他)']],
    ]);
    expect(stats.problems.veto[0]?.accounts[0]).toMatchObject({
      district: '江阴市',
      operator: '江阴城管单位',
    });
  });

  it('accounts found unregistered: distinct, in the period, as typed', () => {
    expect(stats.unregistered.count).toBe(2);
    expect(stats.unregistered.accounts.map((u) => [u.label, u.operator, u.district, u.file, u.row])).toEqual([
      ['宜兴某街道(其他)', '某街道办', '宜兴市', 'checks/10.xlsx', 9],
      ['十一月才发现(微信公众号)', null, null, 'checks/11.xlsx', 2],
    ]);
    // They count in no registered or checked figure.
    expect(stats.registered.total).toBe(5);
  });

  it('follow-up of the quarter before: repeated, fixed, still failing, not re-checked', () => {
    expect(stats.followUp.repeated.map((x) => x.name)).toEqual(['江阴城管']);
    expect(stats.followUp.recheck?.fixed.accounts.map((x) => x.name)).toEqual(['梁溪司法']);
    expect(stats.followUp.recheck?.stillFailing.accounts.map((x) => x.name)).toEqual(['江阴城管']);
    expect(stats.followUp.recheck?.notRechecked.count).toBe(0);
  });

  it('year on year, and the deadline from the circular’s date plus the config’s days', () => {
    expect(stats.yearOnYear).toBeNull();
    expect(stats.rectifyBy).toBe('2023-01-19');
    const byFlag = computePeriodStats({ config, accounts, records }, parseQuarter('2022Q4')!, {
      date: '2023-01-09',
      rectifyBy: '2023-01-31',
    });
    expect(byFlag.rectifyBy).toBe('2023-01-31');
    const nextYear = computePeriodStats({ config, accounts, records }, parseQuarter('2023Q3')!);
    expect(nextYear.yearOnYear).toMatchObject({
      period: '2022Q3',
      checked: 3,
      unqualified: 2,
      passRateText: '33.3%',
    });
    // 2023Q3: 1 of 2 passed (50.0%) against 33.3% a year before.
    expect(nextYear.yearOnYear?.passRateChange).toBe(16.7);
  });

  it('accountLabel typed names accounts by the platform as the registry typed it', () => {
    const typed = computePeriodStats(
      { config: { ...config, accountLabel: 'typed' }, accounts, records },
      parseQuarter('2022Q4')!,
    );
    expect(typed.unqualified.accounts.map((x) => x.label)).toEqual(['江阴城管(新浪微博)']);
  });
});
