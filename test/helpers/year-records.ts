/**
 * Hand-built registry and check records for the yearly statistics and the yearly template: six accounts
 * registered all year, one closed in August, and checks in three of the four quarters of 2022.
 */
import type { CheckRecord } from '../../src/checks/check-record.js';
import type { PlatformBucket } from '../../src/domain/platform-buckets.js';
import type { CheckKind } from '../../src/domain/vocabulary.js';
import type { RegistryAccount } from '../../src/registry/account.js';

/** A registry account at index `index`. */
export function account(
  index: number,
  name: string,
  platform: PlatformBucket,
  district: string,
  extra: Partial<RegistryAccount> = {},
): RegistryAccount {
  return {
    index,
    name,
    key: name,
    platformRaw: platform,
    platform,
    operator: `${name}单位`,
    district,
    status: '正常',
    at: { file: 'registry.xlsx', sheet: '台账', row: index + 2 },
    ...extra,
  };
}

/** One check of an account; `fail` gives it a 单项否决 with that reason. */
export function check(a: RegistryAccount, month: string, kind: CheckKind, fail?: string): CheckRecord {
  return {
    month,
    kind,
    account: a.index,
    veto: fail !== undefined,
    reposting: false,
    failed: fail !== undefined,
    reasons: fail !== undefined ? [fail] : [],
    ...(kind === '全面检查' ? { score: 100 } : {}),
    at: { file: 'checks.xlsx', sheet: month, row: 2 },
  };
}

export const cityA = account(0, '无锡发布', '微信公众号', '市级');
export const jiangyin = account(1, '江阴城管', '微博', '江阴市');
export const yixing = account(2, '宜兴发改', '微信公众号', '宜兴市');
export const liangxi1 = account(3, '梁溪司法', '其他', '梁溪区', { platformRaw: '抖音' });
export const binhu = account(4, '滨湖发布', '移动客户端', '滨湖区');
export const liangxi2 = account(5, '梁溪文旅', '微信公众号', '梁溪区');
/** Failed in Q1 and Q2, closed on 2022-08-31: not registered at year end, so never 重点关注. */
export const closed = account(6, '已注销号', '微博', '江阴市', { status: '注销', closedOn: '2022-08-31' });

export const ACCOUNTS: RegistryAccount[] = [cityA, jiangyin, yixing, liangxi1, binhu, liangxi2, closed];
/** The six accounts registered at the end of 2022. */
export const ACTIVE: RegistryAccount[] = [cityA, jiangyin, yixing, liangxi1, binhu, liangxi2];

/**
 * 2022: Q1 江阴城管 fails (5/6 → 83.3%); Q2 all pass (100%); Q3 no checks; Q4 江阴城管 fails in
 * November and 宜兴发改 in December (4/6 → 66.7%). 江阴城管 failed in Q1 and Q4 → 重点关注.
 */
export function yearRecords(): CheckRecord[] {
  return [
    ...ACTIVE.map((a) => check(a, '2022-02', '单否专项检查', a === jiangyin ? '内容不更新' : undefined)),
    check(closed, '2022-02', '单否专项检查', '安全问题'),
    ...ACTIVE.map((a) => check(a, '2022-05', '全面检查')),
    check(closed, '2022-05', '单否专项检查', '安全问题'),
    ...ACTIVE.map((a) => check(a, '2022-11', '单否专项检查', a === jiangyin ? '互动回应差' : undefined)),
    ...ACTIVE.map((a) => check(a, '2022-12', '全面检查', a === yixing ? '安全问题' : undefined)),
  ];
}
