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
