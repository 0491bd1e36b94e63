/**
 * 132,000 result rows through the readers, the linking and the statistics: the counts must come out
 * right at this size. How fast is the bench's business (npm run bench, docs/performance.md), not a test's.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CheckRecord, CheckRow } from '../../src/checks/check-record.js';
import { BELOW_100, FAILED, FULL_CHECKED, SPOT_CHECKED } from '../../src/checks/check-tally.js';
import { CheckLinker, linkChecks } from '../../src/checks/link-checks.js';
import { readChecks } from '../../src/checks/read-checks.js';
import { defaultConfig } from '../../src/config/schema.js';
import { parseQuarter } from '../../src/domain/period.js';
import { readRegistry } from '../../src/registry/read-registry.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import type { CellValue } from '../../src/workbook/types.js';
import { oneSheet } from '../helpers/fake-workbook.js';

const ACCOUNTS = 11_000;
const MONTHS = 12;
const PLATFORMS = ['微信公众号', '微博', '移动客户端', '抖音'];
/** Every 50th account has a 单项否决 every month. */
const FAILING = ACCOUNTS / 50;
const config = defaultConfig();

function registryRows(): CellValue[][] {
  const districts = ['市级', ...config.districts];
  const rows: CellValue[][] = [['账号名称', '平台类型', '开设主体', '所属地区', '备案日期']];
  for (let i = 0; i < ACCOUNTS; i++) {
    rows.push([`账号${i}`, PLATFORMS[i % 4]!, `单位${i}`, districts[i % districts.length]!, '2020-01-01']);
  }
  return rows;
}

function resultRows(): CellValue[][] {
  const rows: CellValue[][] = [
    ['检查月份', '账号名称', '平台类型', '得分', '单项否决', '否决情形', '检查结论'],
  ];
  for (let m = 1; m <= MONTHS; m++) {
    for (let i = 0; i < ACCOUNTS; i++) {
      const veto = i % 50 === 0;
      rows.push([
        `2022-${m}`,
        `账号${i}`,
        PLATFORMS[i % 4]!,
        m % 3 === 0 ? 95 : null,
        veto ? '是' : '否',
        veto ? '内容不更新' : null,
        veto ? '不合格' : '合格',
      ]);
    }
  }
  return rows;
}

/** Links rows one by one, keeping the records `add` returns (the linker itself keeps only a tally). */
function linkEach(
  linker: CheckLinker,
  rows: readonly CheckRow[],
  records: CheckRecord[] = [],
): CheckRecord[] {
  for (const row of rows) {
    const record = linker.add(row);
    if (record) records.push(record);
  }
  return records;
}

describe(`${ACCOUNTS * MONTHS} result rows`, () => {
  let registry: Awaited<ReturnType<typeof readRegistry>>;
  let checks: Awaited<ReturnType<typeof readChecks>>;

  beforeAll(async () => {
    registry = await readRegistry(oneSheet('registry.xlsx', '台账', registryRows()), {
      config,
      file: 'registry.xlsx',
    });
    checks = await readChecks(oneSheet('checks.xlsx', '全年', resultRows()), {
      config,
      file: 'checks.xlsx',
      year: 2022,
    });
  });

  test('are read without a diagnostic, every account and every row', () => {
    expect(registry.diagnostics).toEqual([]);
    expect(checks.diagnostics).toEqual([]);
    expect(registry.accounts).toHaveLength(ACCOUNTS);
    expect(registry.accounts.map((a) => a.index)).toEqual([...Array(ACCOUNTS).keys()]);
    expect(checks.rows).toHaveLength(ACCOUNTS * MONTHS);
  });

  test('link to their accounts with the right verdicts', () => {
    const linker = new CheckLinker(registry.accounts, { config, registryFile: 'registry.xlsx' });
    const records = linkEach(linker, checks.rows);
    const linked = linker.result();
    expect(linked.diagnostics).toEqual([]);
    expect(records).toHaveLength(ACCOUNTS * MONTHS);
    expect(records.every((r, i) => r.account === i % ACCOUNTS)).toBe(true);
    const failed = records.filter((r) => r.failed);
    expect(failed).toHaveLength(FAILING * MONTHS);
    expect(new Set(failed.map((r) => r.reasons.join()))).toEqual(new Set(['内容不更新']));
    const full = records.filter((r) => r.kind === '全面检查');
    expect(full).toHaveLength(ACCOUNTS * 4);
    expect(full.every((r) => r.score === 95 && Number(r.month.slice(5)) % 3 === 0)).toBe(true);
    // The tally keeps a byte per account and month, and the failed checks in full.
    expect(linked.checks.failures()).toEqual(failed);
    expect(linked.checks.months()).toHaveLength(MONTHS);
    const december = linked.checks.flagsOf('2022-12')!;
    expect(december).toHaveLength(ACCOUNTS);
    // Every full check scored 95.
    expect(december[0]).toBe(FULL_CHECKED | FAILED | BELOW_100);
    expect(december[1]).toBe(FULL_CHECKED | BELOW_100);
    expect(linked.checks.flagsOf('2022-11')![1]).toBe(SPOT_CHECKED);
  });

  test('give the same records and tally linked workbook by workbook as all at once', () => {
    const allLinker = new CheckLinker(registry.accounts, { config, registryFile: 'registry.xlsx' });
    const allRecords = linkEach(allLinker, checks.rows);
    const all = allLinker.result();
    expect(linkChecks(checks.rows, registry.accounts, { config, registryFile: 'registry.xlsx' })).toEqual(
      all,
    );
    const linker = new CheckLinker(registry.accounts, { config, registryFile: 'registry.xlsx' });
    const half = checks.rows.length / 2;
    const records = linkEach(linker, checks.rows.slice(0, half));
    linkEach(linker, checks.rows.slice(half), records);
    expect(records).toEqual(allRecords);
    expect(linker.result()).toEqual(all);
  });

  test('count a quarter right', () => {
    const linked = linkChecks(checks.rows, registry.accounts, { config, registryFile: 'registry.xlsx' });
    const stats = computePeriodStats(
      { config, accounts: registry.accounts, checks: linked.checks },
      parseQuarter('2022Q4')!,
    );
    expect(stats.registered.total).toBe(ACCOUNTS);
    expect(stats.registered.byType).toEqual({ 微信公众号: 2750, 微博: 2750, 移动客户端: 2750, 其他: 2750 });
    expect(stats.checked).toBe(ACCOUNTS);
    expect(stats.unqualified.count).toBe(FAILING);
    expect(stats.passRateText).toBe('98.0%');
    expect(stats.months).toEqual([
      { month: '2022-10', kind: '单否专项检查', checked: ACCOUNTS, unqualified: FAILING },
      { month: '2022-11', kind: '单否专项检查', checked: ACCOUNTS, unqualified: FAILING },
      { month: '2022-12', kind: '全面检查', checked: ACCOUNTS, unqualified: FAILING },
    ]);
    expect(stats.previous).toMatchObject({ period: '2022Q3', checked: ACCOUNTS, unqualified: FAILING });
    expect(stats.perfectScore.count).toBe(0);
  });
});
