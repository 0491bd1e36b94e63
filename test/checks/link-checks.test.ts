import { beforeEach, describe, expect, test } from 'vitest';
import type { CheckRow } from '../../src/checks/check-record.js';
import { CheckTally } from '../../src/checks/check-tally.js';
import { CheckLinker, linkChecks, periodRules } from '../../src/checks/link-checks.js';
import { judge } from '../../src/checks/verdict.js';
import { parseQuarter } from '../../src/domain/period.js';
import type { PlatformBucket } from '../../src/domain/platform-buckets.js';
import type { RegistryAccount } from '../../src/registry/account.js';
import { checkDistrict } from '../../src/validate/check-district.js';

const REGISTRY = 'registry.xlsx';
const config = { passScore: undefined };
const q4 = parseQuarter('2022Q4')!;

function acc(
  index: number,
  name: string,
  platform: PlatformBucket,
  extra: Partial<RegistryAccount> = {},
): RegistryAccount {
  return {
    index,
    name,
    key: name,
    platformRaw: platform,
    platform,
    operator: `${name}单位`,
    district: '宜兴市',
    status: '正常',
    at: { file: REGISTRY, sheet: '台账', row: index + 3, column: 'A' },
    columns: { name: 'B', district: 'E' },
    ...extra,
  };
}

const accounts: RegistryAccount[] = [
  acc(0, '宜兴发改', '微信公众号', { filingId: 'WX-001' }),
  acc(1, '宜兴发布', '微博'),
  acc(2, '宜兴发布', '其他', { platformRaw: '抖音' }),
  acc(3, '宜兴发布', '其他', { platformRaw: '快手' }),
  acc(4, '无锡发布', '微信公众号', { district: '市级' }),
  acc(5, '梁溪发布', '微信公众号', { district: '梁溪区', filedOn: '2022-11-15' }),
  acc(6, '惠山发布', '微信公众号', { district: '惠山区', status: '注销', closedOn: '2022-10-20' }),
];

let rowNumber = 1;
beforeEach(() => {
  rowNumber = 1;
});
function row(fields: Partial<CheckRow> = {}): CheckRow {
  rowNumber++;
  return {
    month: '2022-10',
    kind: '单否专项检查',
    name: '宜兴发改',
    platformRaw: '微信公众号',
    platform: '微信公众号',
    veto: false,
    reposting: false,
    at: { file: 'checks/10.xlsx', sheet: '10月', row: rowNumber, column: 'A' },
    columns: { name: 'C', platform: 'D', filingId: 'B' },
    ...fields,
  };
}

/** Links the rows one by one: the records are those `add` returns (the linker itself keeps a tally). */
function link(rows: CheckRow[], ctx: Partial<Parameters<typeof linkChecks>[2]> = {}) {
  const linker = new CheckLinker(accounts, { config, registryFile: REGISTRY, ...ctx });
  const records = rows.flatMap((r) => linker.add(r) ?? []);
  return { records, ...linker.result() };
}

describe('linkChecks: matching', () => {
  test('by name and platform bucket, any spelling of the bucket', () => {
    const { records, diagnostics } = link([
      row({ name: '宜兴 发改', platformRaw: '公众号' }),
      row({ name: '宜兴发布', platform: '微博' }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.account)).toEqual([0, 1]);
  });

  test('by 备案编号 when present', () => {
    const { records, diagnostics } = link([
      row({ name: undefined, platform: undefined, platformRaw: undefined, filingId: 'wx-001' }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(records[0]?.account).toBe(0);
  });

  test('in the 其他 bucket the platform as typed tells 抖音 from 快手', () => {
    const { records, diagnostics } = link([
      row({ name: '宜兴发布', platform: '其他', platformRaw: '抖音号' }),
      row({ name: '宜兴发布', platform: '其他', platformRaw: '快手' }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => r.account)).toEqual([2, 3]);
  });

  test('CHECK_AMBIGUOUS_ACCOUNT when the 其他 platform does not decide', () => {
    const { diagnostics } = link([row({ name: '宜兴发布', platform: '其他', platformRaw: '其他' })]);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_AMBIGUOUS_ACCOUNT', severity: 'error', cell: 'D2' }]);
  });

  test('CHECK_UNKNOWN_ACCOUNT names the registry file and the nearest accounts', () => {
    const { records, diagnostics } = link([row({ name: '宜兴发该' })]);
    expect(records).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({
      code: 'CHECK_UNKNOWN_ACCOUNT',
      severity: 'error',
      file: 'checks/10.xlsx',
      sheet: '10月',
      cell: 'C2',
    });
    expect(d.message).toBe('账号“宜兴发该”（微信公众号）不在台账（registry.xlsx）中');
    expect(d.hint).toMatch(/^最接近的台账账号：宜兴发改\(微信公众号\)、宜兴发布\(微博\)、宜兴发布\(抖音\)；/);
  });

  test('the same name on another platform is suggested first', () => {
    const { diagnostics } = link([row({ name: '无锡发布', platformRaw: '微博', platform: '微博' })]);
    expect(diagnostics[0]?.hint).toMatch(/^最接近的台账账号：无锡发布\(微信公众号\)/);
  });

  test('CHECK_UNKNOWN_ACCOUNT for an unknown 备案编号, at its cell', () => {
    const { diagnostics } = link([row({ name: '宜兴发该', filingId: 'WX-002' })]);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_UNKNOWN_ACCOUNT', cell: 'B2' }]);
    expect(diagnostics[0]?.message).toBe('备案编号“WX-002”（宜兴发该）不在台账（registry.xlsx）中');
    expect(diagnostics[0]?.hint).toContain('最接近的备案编号：WX-001');
  });

  test('an unknown 备案编号 whose name and platform name an account with another id', () => {
    const { records, diagnostics } = link([row({ filingId: 'WX-009' })]);
    expect(records).toEqual([]);
    expect(diagnostics).toMatchObject([
      {
        code: 'CHECK_UNKNOWN_ACCOUNT',
        cell: 'B2',
        message:
          '备案编号“WX-009”不在台账（registry.xlsx）中；台账中宜兴发改(微信公众号)的备案编号是“WX-001”',
        hint: '请核对两处的备案编号（台账第3行）',
      },
    ]);
  });

  test('a registry row without 备案编号 still matches by name', () => {
    const { records, diagnostics } = link([row({ name: '无锡发布', filingId: 'SJ-9' })]);
    expect(diagnostics).toEqual([]);
    expect(records[0]?.account).toBe(4);
  });

  test('CHECK_ID_NAME_MISMATCH: matched by id, the name disagrees', () => {
    const { records, diagnostics } = link([row({ name: '宜兴发布', filingId: 'WX-001' })]);
    expect(records[0]?.account).toBe(0);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_ID_NAME_MISMATCH', severity: 'warning', cell: 'C2' }]);
  });

  test('CHECK_UNKNOWN_PLATFORM: an unknown spelling matches by a unique name, with a warning', () => {
    const { records, diagnostics } = link([
      row({ name: '无锡发布', platform: '其他', platformRaw: '微信号' }),
    ]);
    expect(records[0]?.account).toBe(4);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_UNKNOWN_PLATFORM', severity: 'warning', cell: 'D2' }]);
  });

  test('suggestions are searched once per unknown name', () => {
    const rows = Array.from({ length: 5000 }, () => row({ name: '不存在的账号' }));
    const start = performance.now();
    const { diagnostics } = link(rows);
    expect(diagnostics).toHaveLength(5000);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('linkChecks: duplicates and dates', () => {
  test('identical duplicates fold silently into one', () => {
    const { records, diagnostics } = link([
      row({ veto: true, vetoReason: '安全问题' }),
      row({ veto: true, vetoReason: '安全问题' }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(records).toHaveLength(1);
  });

  test('CHECK_DUPLICATE: same account, month and kind, different results', () => {
    const first = row();
    const second = row({ veto: true, at: { file: 'checks/宜兴.xlsx', sheet: '10月', row: 8, column: 'A' } });
    const { records, diagnostics } = link([first, second]);
    expect(records).toHaveLength(1);
    expect(diagnostics).toMatchObject([
      { code: 'CHECK_DUPLICATE', severity: 'error', file: 'checks/宜兴.xlsx', cell: 'C8' },
    ]);
    expect(diagnostics[0]?.message).toBe(
      `宜兴发改(微信公众号)2022-10的单否专项检查已在checks/10.xlsx 工作表“10月”第${first.at.row}行填写，两行结果不同`,
    );
  });

  test('a different month or kind is not a duplicate', () => {
    const { records, diagnostics } = link([
      row(),
      row({ month: '2022-11' }),
      row({ kind: '全面检查', score: 90 }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(records).toHaveLength(3);
  });

  test('CHECK_ACCOUNT_INACTIVE: a check before filing or after closing', () => {
    const { records, diagnostics } = link(
      [
        row({ name: '梁溪发布', month: '2022-10' }),
        row({ name: '梁溪发布', month: '2022-11' }),
        row({ name: '惠山发布', month: '2022-10' }),
        row({ name: '惠山发布', month: '2022-11' }),
      ],
      { period: q4 },
    );
    expect(records).toHaveLength(4);
    expect(diagnostics.map((d) => `${d.code}@${d.cell}`)).toEqual([
      `CHECK_ACCOUNT_INACTIVE@C${records[0]?.at.row}`,
      `CHECK_ACCOUNT_INACTIVE@C${records[3]?.at.row}`,
    ]);
    expect(diagnostics[0]?.message).toBe('梁溪发布(微信公众号)备案日期为2022-11-15，2022-10仍有检查结果');
    expect(diagnostics[1]?.message).toBe('惠山发布(微信公众号)已于2022-10-20注销，2022-11仍有检查结果');
  });

  test('outside the period asked for, filing and closing dates are not compared', () => {
    const { diagnostics } = link([row({ name: '惠山发布', month: '2023-01' })], { period: q4 });
    expect(diagnostics).toEqual([]);
  });
});

describe('linkChecks: accounts found unregistered (备案情况 未备案)', () => {
  const found = (fields: Partial<CheckRow>) =>
    row({
      unregistered: true,
      operator: '某单位',
      district: '宜兴市',
      columns: { name: 'C', filing: 'G' },
      ...fields,
    });

  test('are kept apart, not matched and not an error', () => {
    const unknown = found({ name: '宜兴某街道发布', veto: true });
    const { records, diagnostics, checks } = link([unknown]);
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(checks.unregistered()).toEqual([unknown]);
    expect(checks.failures()).toEqual([]);
  });

  test('the same row not marked 未备案 is the usual unknown account', () => {
    const { diagnostics, checks } = link([row({ name: '宜兴某街道发布' })]);
    expect(diagnostics.map((d) => d.code)).toEqual(['CHECK_UNKNOWN_ACCOUNT']);
    expect(checks.unregistered()).toEqual([]);
  });

  test('CHECK_UNREGISTERED_IN_REGISTRY: the registry has it registered that month, at the 备案情况 cell', () => {
    const { diagnostics, checks } = link([found({ name: '宜兴发改' })]);
    expect(diagnostics.map((d) => `${d.code}@${d.cell}`)).toEqual(['CHECK_UNREGISTERED_IN_REGISTRY@G2']);
    expect(diagnostics[0]?.message).toContain('台账第3行');
    expect(checks.unregistered()).toEqual([]);
  });

  test('an account filed after the month it was found in was unregistered then', () => {
    // 梁溪发布 was filed on 2022-11-15: in October the inspectors found it unregistered.
    const { diagnostics, checks } = link([found({ name: '梁溪发布', month: '2022-10' })]);
    expect(diagnostics).toEqual([]);
    expect(checks.unregistered()).toHaveLength(1);
  });
});

describe('verdict', () => {
  test.each<[string, Partial<CheckRow>, number | undefined, boolean, string[]]>([
    ['passed', {}, undefined, false, []],
    [
      'a veto with reason and problem',
      { veto: true, vetoReason: '内容不更新', problem: '连续3周未更新' },
      undefined,
      true,
      ['内容不更新：连续3周未更新'],
    ],
    ['a veto with a reason only', { veto: true, vetoReason: '安全问题' }, undefined, true, ['安全问题']],
    ['a veto with a problem only', { veto: true, problem: '错别字' }, undefined, true, ['错别字']],
    ['a bare veto', { veto: true }, undefined, true, ['单项否决']],
    ['检查结论 不合格', { conclusion: '不合格' }, undefined, true, ['检查结论为不合格']],
    [
      '检查结论 不合格 with a problem',
      { conclusion: '不合格', problem: '互动回应差' },
      undefined,
      true,
      ['互动回应差'],
    ],
    ['a low score without passScore', { kind: '全面检查', score: 60 }, undefined, false, []],
    ['a low score under passScore', { kind: '全面检查', score: 85 }, 90, true, ['得分85分，低于合格线90分']],
    ['a fractional score', { kind: '全面检查', score: 85.5 }, 90, true, ['得分85.5分，低于合格线90分']],
    ['exactly the pass score', { kind: '全面检查', score: 90 }, 90, false, []],
    ['a score on a 单否专项检查 is not judged', { kind: '单否专项检查', score: 50 }, 90, false, []],
  ])('%s', (_label, fields, passScore, failed, reasons) => {
    expect(judge(row(fields), passScore)).toEqual({ failed, reasons });
  });

  test('linking puts the verdict on each record', () => {
    const { records, checks } = link([row({ kind: '全面检查', score: 80 })], { config: { passScore: 90 } });
    expect(records[0]).toMatchObject({ account: 0, failed: true, reasons: ['得分80分，低于合格线90分'] });
    expect(checks.failures()).toEqual(records);
  });

  test('linkChecks links all rows at once as the linker does one by one', () => {
    const rows = [row(), row({ name: '无锡发布' }), row({ veto: true }), row({ name: '宜兴发该' })];
    expect(linkChecks(rows, accounts, { config, registryFile: REGISTRY })).toEqual(
      (({ records: _, ...rest }) => rest)(link(rows)),
    );
  });
});

describe('periodRules', () => {
  test('CHECK_MONTH_MISSING: once per account and month with checks, at the registry row', () => {
    const rows = [
      row({ name: '宜兴发改', month: '2022-10' }),
      row({ name: '宜兴发布', platform: '微博', month: '2022-10' }),
      row({ name: '宜兴发布', platform: '其他', platformRaw: '抖音', month: '2022-10' }),
      row({ name: '宜兴发布', platform: '其他', platformRaw: '快手', month: '2022-10' }),
      row({ name: '宜兴发改', month: '2022-11' }),
      row({ name: '宜兴发改', month: '2022-11', kind: '全面检查', score: 95 }),
    ];
    const { checks } = link(rows);
    const diagnostics = periodRules(checks, accounts, q4);
    expect(diagnostics.map((d) => `${d.message}@${d.file}!${d.cell}`)).toEqual([
      // October: 无锡发布 unchecked; 梁溪发布 filed mid-November; 惠山发布 closed in October.
      '无锡发布(微信公众号)在2022-10没有检查结果@registry.xlsx!A7',
      // November: all but 宜兴发改; 梁溪发布 was filed after the 1st.
      '宜兴发布(微博)在2022-11没有检查结果@registry.xlsx!A4',
      '宜兴发布(抖音)在2022-11没有检查结果@registry.xlsx!A5',
      '宜兴发布(快手)在2022-11没有检查结果@registry.xlsx!A6',
      '无锡发布(微信公众号)在2022-11没有检查结果@registry.xlsx!A7',
    ]);
    for (const d of diagnostics)
      expect(d).toMatchObject({ code: 'CHECK_MONTH_MISSING', severity: 'warning' });
  });

  /** Forty accounts, ten of them in each of 市级, 梁溪区, 惠山区, 宜兴市; `checked` the indices with a row. */
  function sampled(checked: (i: number) => boolean) {
    const districts = ['宜兴市', '惠山区', '梁溪区', '市级'];
    const many = Array.from({ length: 40 }, (_, i) =>
      acc(i, `账号${i}`, '微信公众号', { district: districts[i % 4]! }),
    );
    const linker = new CheckLinker(many, { config, registryFile: REGISTRY });
    for (const a of many) if (checked(a.index)) linker.add(row({ name: a.name }));
    return { many, checks: linker.result().checks };
  }

  test('CHECK_MONTH_SAMPLED: a month leaving out 5 or more, over 10%, is one summary, by district in order', () => {
    // Twelve of forty left out: eight of 宜兴市 (8, 12, …, 36), two of 惠山区 (1, 5), two of 市级 (3, 7).
    const out = new Set([8, 12, 16, 20, 24, 28, 32, 36, 3, 7, 1, 5]);
    const { many, checks } = sampled((i) => !out.has(i));
    const diagnostics = periodRules(checks, many, q4, {
      districts: ['梁溪区', '惠山区', '宜兴市'],
      cityLevel: '市级部门',
    });
    expect(diagnostics).toEqual([
      {
        code: 'CHECK_MONTH_SAMPLED',
        severity: 'warning',
        file: REGISTRY,
        sheet: '台账',
        message:
          '2022-10检查了28个账号，另有12个没有检查结果，按抽查统计（未检查的：市级部门2个、惠山区2个、宜兴市8个）',
        hint: '抽查时不必处理；若是漏报（如某地区的表格没有放进检查结果文件夹），请补充这些账号的检查结果',
      },
    ]);
  });

  test('four left out, or 5 of over 50 (10% or less), are each reported at their row', () => {
    const four = sampled((i) => i >= 4);
    expect(periodRules(four.checks, four.many, q4).map((d) => `${d.code}@${d.cell}`)).toEqual([
      'CHECK_MONTH_MISSING@A3',
      'CHECK_MONTH_MISSING@A4',
      'CHECK_MONTH_MISSING@A5',
      'CHECK_MONTH_MISSING@A6',
    ]);
    const districts = ['宜兴市'];
    const fifty = Array.from({ length: 50 }, (_, i) =>
      acc(i, `账号${i}`, '微信公众号', { district: districts[0]! }),
    );
    const linker = new CheckLinker(fifty, { config, registryFile: REGISTRY });
    for (const a of fifty) if (a.index >= 5) linker.add(row({ name: a.name }));
    const diagnostics = periodRules(linker.result().checks, fifty, q4);
    expect(diagnostics).toHaveLength(5);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['CHECK_MONTH_MISSING']));
  });

  test('a month without any check is not reported', () => {
    expect(periodRules(new CheckTally(accounts.length), accounts, q4)).toEqual([]);
  });

  test('limited to one district', () => {
    const { checks } = link([row()]);
    const diagnostics = periodRules(checks, accounts, q4, { district: '市级' });
    expect(diagnostics.map((d) => d.message)).toEqual(['无锡发布(微信公众号)在2022-10没有检查结果']);
  });
});

describe('checkDistrict', () => {
  test('registry rows of another district, at their 所属地区 cell', () => {
    const diagnostics = checkDistrict.registry(accounts, '宜兴市');
    expect(diagnostics.map((d) => `${d.code}@${d.cell}`)).toEqual([
      'DISTRICT_MISMATCH@E7',
      'DISTRICT_MISMATCH@E8',
      'DISTRICT_MISMATCH@E9',
    ]);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      message: '无锡发布(微信公众号)属于市级，不属于宜兴市',
    });
  });

  test('result rows via the linked account’s district, at the 账号名称 cell', () => {
    const { records } = link([row(), row({ name: '无锡发布' })]);
    const diagnostics = records.flatMap((r) => checkDistrict.record(r, accounts, '宜兴市') ?? []);
    expect(diagnostics).toMatchObject([
      { code: 'DISTRICT_MISMATCH', file: 'checks/10.xlsx', cell: `C${records[1]?.at.row}` },
    ]);
  });

  test('unlinked rows name no district', () => {
    expect(checkDistrict.rows([row()], '宜兴市')).toEqual([]);
  });
});
