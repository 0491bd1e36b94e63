/**
 * The statistics from the per-account tally equal the plain computation over every linked record, for
 * generated registries and results: accounts filed and closed at various dates, checks of both kinds in
 * the year before and the year asked for, vetoes, conclusions, scores, reposting and repeated rows.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckRecord, CheckRow } from '../../src/checks/check-record.js';
import { tallyRecords, tallySize } from '../../src/checks/check-tally.js';
import { CheckLinker, periodRules } from '../../src/checks/link-checks.js';
import { defaultConfig } from '../../src/config/schema.js';
import { parsePeriod, parseQuarter, quartersOf } from '../../src/domain/period.js';
import type { PlatformBucket } from '../../src/domain/platform-buckets.js';
import type { CheckKind } from '../../src/domain/vocabulary.js';
import { isRegisteredAt, type RegistryAccount } from '../../src/registry/account.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { computeYearStats } from '../../src/stats/compute-year-stats.js';
import { account } from '../helpers/year-records.js';
import { referencePeriodStats } from './reference-stats.js';

const config = { ...defaultConfig(), passScore: 90, provincial: { '2022Q4': { checked: 20, passed: 19 } } };
const DISTRICTS = ['市级', ...config.districts.slice(0, 3)];
const PLATFORMS: PlatformBucket[] = ['微信公众号', '微博', '移动客户端', '其他'];
const MONTHS = [
  '2021-10',
  '2021-12',
  '2022-01',
  '2022-02',
  '2022-05',
  '2022-08',
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
];

const accountShape = fc.record({
  district: fc.constantFrom(...DISTRICTS),
  platform: fc.constantFrom(...PLATFORMS),
  filedOn: fc.constantFrom(undefined, '2021-06-01', '2022-03-15', '2022-10-01', '2022-11-20', '2023-01-05'),
  closing: fc.constantFrom(
    {},
    {},
    { status: '注销' as const, closedOn: '2022-08-31' },
    { status: '关停' as const, closedOn: '2023-02-01' },
    { status: '关停' as const },
    { closedOn: '2022-12-31' },
  ),
});

const rowShape = fc.record({
  account: fc.nat(),
  month: fc.constantFrom(...MONTHS),
  kind: fc.constantFrom<CheckKind>('单否专项检查', '全面检查'),
  score: fc.constantFrom(undefined, 100, 100, 95, 85.5),
  vetoChance: fc.integer({ min: 0, max: 9 }),
  vetoReason: fc.constantFrom(undefined, '安全问题', '内容不更新'),
  problem: fc.constantFrom(undefined, '连续3周未更新', '错别字'),
  conclusion: fc.constantFrom(undefined, undefined, '合格' as const, '不合格' as const),
  reposting: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  repeat: fc.integer({ min: 0, max: 9 }),
  vetoCategories: fc.constantFrom(
    undefined,
    ['安全问题'],
    ['内容不更新', '互动回应差'],
    ['页面被篡改'],
    ['账号冒名', '页面被篡改'],
  ),
  deductions: fc.constantFrom(
    undefined,
    undefined,
    ['错别字'],
    ['功能无法使用', '错别字'],
    ['页面有广告'],
    ['图片失效', '页面有广告'],
  ),
  rectification: fc.constantFrom(
    undefined,
    undefined,
    undefined,
    '已整改' as const,
    '整改中' as const,
    '未整改' as const,
  ),
  /** 0: the row is an account found unregistered (a few names, so some are found twice). */
  unregistered: fc.integer({ min: 0, max: 11 }),
});

/** A registry of generated accounts, and result rows that name them. */
const workspace = fc
  .array(accountShape, { minLength: 1, maxLength: 14 })
  .chain((shapes) => fc.tuple(fc.constant(shapes), fc.array(rowShape, { maxLength: 120 })))
  .map(([shapes, rowShapes]) => {
    const accounts: RegistryAccount[] = shapes.map((s, i) =>
      account(i, `账号${i}`, s.platform, s.district, {
        ...(s.filedOn ? { filedOn: s.filedOn } : {}),
        ...s.closing,
      }),
    );
    const rows: CheckRow[] = [];
    rowShapes.forEach((g, i) => {
      const a = accounts[g.account % accounts.length]!;
      const row: CheckRow = {
        month: g.month,
        kind: g.kind,
        name: a.name,
        platformRaw: a.platformRaw,
        platform: a.platform,
        veto: g.vetoChance === 0,
        reposting: g.reposting,
        at: { file: 'checks.xlsx', sheet: g.month, row: i + 2 },
      };
      if (g.score !== undefined) row.score = g.score;
      if (row.veto && g.vetoReason !== undefined) row.vetoReason = g.vetoReason;
      if (g.problem !== undefined && g.vetoChance < 3) row.problem = g.problem;
      if (g.conclusion !== undefined) row.conclusion = row.veto ? '不合格' : g.conclusion;
      if (row.veto && g.vetoCategories !== undefined) row.vetoCategories = [...g.vetoCategories];
      if (g.deductions !== undefined) row.deductions = [...g.deductions];
      if (g.rectification !== undefined) row.rectification = g.rectification;
      if (g.unregistered === 0) {
        rows.push({
          ...row,
          name: `未备案${g.account % 3}`,
          unregistered: true,
          ...(g.account % 2 === 0 ? { operator: '某单位', district: '江阴市' } : {}),
        });
        return;
      }
      rows.push(row);
      // Now and then the same row again (folded), or the same check with another result (reported).
      if (g.repeat === 0) rows.push({ ...row, at: { ...row.at, row: row.at.row! + 1000 } });
      if (g.repeat === 1) rows.push({ ...row, veto: !row.veto, at: { ...row.at, row: row.at.row! + 2000 } });
    });
    return { accounts, rows };
  });

/** Rows linked the way `loadWorkspace` does, with the records the linker handed back. */
function link(accounts: RegistryAccount[], rows: readonly CheckRow[]) {
  const linker = new CheckLinker(accounts, { config, registryFile: 'registry.xlsx' });
  const records: CheckRecord[] = [];
  for (const row of rows) {
    const record = linker.add(row);
    if (record) records.push(record);
  }
  const unregistered = rows.filter((r) => r.unregistered);
  return { records, unregistered, ...linker.result() };
}

/** The other ways a config names accounts and sets the deadline. */
const typedConfig = { ...config, accountLabel: 'typed' as const, rectification: { '2022Q4': '2023-01-20' } };
const daysConfig = { ...config, rectification: { days: 10 } };

const PERIODS = [...quartersOf(2022), parsePeriod('2022')!, parseQuarter('2021Q4')!, parseQuarter('2023Q1')!];

describe('statistics from the tally', () => {
  test('equal the plain computation over every linked record', () => {
    fc.assert(
      fc.property(workspace, ({ accounts, rows }) => {
        const { records, unregistered, checks } = link(accounts, rows);
        for (const period of PERIODS) {
          expect(computePeriodStats({ config, accounts, checks }, period)).toEqual(
            referencePeriodStats(config, accounts, records, period, unregistered),
          );
        }
        const q4 = parseQuarter('2022Q4')!;
        const options = { date: '2023-01-09' };
        for (const other of [typedConfig, daysConfig]) {
          expect(computePeriodStats({ config: other, accounts, checks }, q4, options)).toEqual(
            referencePeriodStats(other, accounts, records, q4, unregistered, options),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test('are the same from the tally and from the records it was built of', () => {
    fc.assert(
      fc.property(workspace, ({ accounts, rows }) => {
        const { records, unregistered, checks } = link(accounts, rows);
        const year = parsePeriod('2022')!;
        expect(computeYearStats({ config, accounts, checks }, year)).toEqual(
          computeYearStats({ config, accounts, records, unregistered }, year),
        );
        expect(tallyRecords(records, tallySize(accounts), unregistered)).toEqual(checks);
      }),
      { numRuns: 100 },
    );
  });

  test('the period rules see the same checked accounts as the records', () => {
    fc.assert(
      fc.property(workspace, ({ accounts, rows }) => {
        const { records, checks } = link(accounts, rows);
        const q4 = parseQuarter('2022Q4')!;
        const missing = periodRules(checks, accounts, q4).map((d) =>
          d.code === 'CHECK_MONTH_SAMPLED' ? d.message.split('，按抽查')[0] : `${d.message}@${d.cell}`,
        );
        // Plain: an account registered at a month's end, filed by its first day, without a record in a
        // month that has records; a month leaving out 5 or more, over 10% of those, is one summary.
        const expected: string[] = [];
        for (const month of q4.months) {
          if (!records.some((r) => r.month === month)) continue;
          const end = `${month}-${month === '2022-11' ? '30' : '31'}`;
          const eligible = accounts.filter(
            (a) => isRegisteredAt(a, end) && !(a.filedOn !== undefined && a.filedOn > `${month}-01`),
          );
          const left = eligible.filter(
            (a) => !records.some((r) => r.month === month && r.account === a.index),
          );
          if (left.length >= 5 && left.length > eligible.length / 10)
            expected.push(
              `${month}检查了${eligible.length - left.length}个账号，另有${left.length}个没有检查结果`,
            );
          else
            for (const a of left)
              expected.push(
                `${a.name}(${a.platformRaw})在${month}没有检查结果@${a.at.column ?? 'A'}${a.at.row}`,
              );
        }
        expect(missing).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
