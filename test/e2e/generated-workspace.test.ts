/**
 * A workspace from the bench's generator (scripts/bench/generate-workspace.ts), read by the built CLI:
 * the statistics must be the figures the generator planned. The bench checks the same at 2,000 to
 * 100,000 accounts against a pandas script; this keeps the reading path honest at a size CI can afford.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BenchAccount,
  type BenchPlan,
  generateWorkspace,
  planWorkspace,
} from '../../scripts/bench/generate-workspace.js';
import type { PeriodStats } from '../../src/stats/types.js';
import { runCli, tempDir } from '../helpers/cli.js';

const ACCOUNTS = 600;

function registeredAt(a: BenchAccount, asOf: string): boolean {
  return a.filedOn <= asOf && (a.closedOn === undefined || a.closedOn > asOf);
}

/** The quarter's headline figures, counted straight from the generator's plan. */
function planned(plan: BenchPlan, months: readonly number[], asOf: string) {
  const registered = new Set(plan.accounts.flatMap((a, i) => (registeredAt(a, asOf) ? [i] : [])));
  const checked = new Set<number>();
  const failed = new Set<number>();
  const perMonth = months.map((m) => {
    const rows = (plan.checks.get(m) ?? []).filter((r) => registered.has(r.account));
    for (const r of rows) checked.add(r.account);
    const failing = rows.filter((r) => r.vetoReason !== undefined).map((r) => r.account);
    for (const a of failing) failed.add(a);
    return { checked: new Set(rows.map((r) => r.account)).size, unqualified: new Set(failing).size };
  });
  return { registered, checked: checked.size, unqualified: failed.size, perMonth };
}

describe(`circular stats on a generated workspace of ${ACCOUNTS} accounts`, () => {
  const plan = planWorkspace(ACCOUNTS);
  let stats: PeriodStats;
  let validate: { diagnostics: unknown[] };

  beforeAll(async () => {
    const dir = join(tempDir(), 'ws');
    await generateWorkspace(dir, ACCOUNTS);
    const run = runCli(['stats', '--quarter', '2022Q4', '--workspace', dir, '--format', 'json']);
    expect(run.stderr).toBe('');
    stats = JSON.parse(run.stdout) as PeriodStats;
    validate = JSON.parse(
      runCli(['validate', '--quarter', '2022Q4', '--workspace', dir, '--format', 'json']).stdout,
    );
  });

  it('has nothing to report', () => {
    expect(validate.diagnostics).toEqual([]);
  });

  it('counts the registered accounts at the quarter end, by type and level', () => {
    const q4 = planned(plan, [10, 11, 12], '2022-12-31');
    const accounts = [...q4.registered].map((i) => plan.accounts[i]!);
    const byType = { 微信公众号: 0, 微博: 0, 移动客户端: 0, 其他: 0 };
    for (const a of accounts) byType[a.bucket]++;
    const city = accounts.filter((a) => a.district === '市级').length;
    expect(stats.registered).toMatchObject({
      total: accounts.length,
      byLevel: { city, district: accounts.length - city },
      byType,
    });
  });

  it('counts the checked and unqualified accounts of the quarter and of each month', () => {
    const q4 = planned(plan, [10, 11, 12], '2022-12-31');
    expect(stats.checked).toBe(q4.checked);
    expect(stats.unqualified.count).toBe(q4.unqualified);
    expect(stats.unqualified.count).toBeGreaterThan(0);
    expect(stats.months.map(({ checked, unqualified }) => ({ checked, unqualified }))).toEqual(q4.perMonth);
    expect(stats.months.map((m) => m.kind)).toEqual(['单否专项检查', '单否专项检查', '全面检查']);
  });

  it('compares with the quarter before', () => {
    const q3 = planned(plan, [7, 8, 9], '2022-09-30');
    expect(stats.previous).toMatchObject({
      period: '2022Q3',
      registered: q3.registered.size,
      checked: q3.checked,
      unqualified: q3.unqualified,
    });
  });
});
