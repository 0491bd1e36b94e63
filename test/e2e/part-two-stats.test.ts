/**
 * The part-two figures of `circular stats --format json` on the reference sample (which has none of the
 * new columns): the new fields are there and agree with the part-one figures they restate, and
 * `build --rectify-by` refuses a date that is not one.
 */
import { describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';

describe('circular stats --format json: part two on the reference sample', () => {
  const r = runCli(['stats', '--quarter', '2022Q4', '--workspace', copySample(), '--format', 'json']);
  const s = JSON.parse(r.stdout);

  it('exits 0', () => {
    expect(r.code).toBe(0);
  });

  it('every account was checked: coverage is 100% and not a sample', () => {
    expect(s.coverage).toEqual({ checked: 445, rate: 1, rateText: '100%', sampled: false });
  });

  it('by level and by platform restate the registered figures', () => {
    expect(s.byLevel.map((l: { level: string; registered: number }) => [l.level, l.registered])).toEqual([
      ['city', 145],
      ['district', 300],
    ]);
    expect(
      Object.fromEntries(
        s.byType.map((t: { platform: string; registered: number }) => [t.platform, t.registered]),
      ),
    ).toEqual(s.registered.byType);
    const unqualified = s.byLevel.reduce((n: number, l: { unqualified: number }) => n + l.unqualified, 0);
    expect(unqualified).toBe(s.unqualified.count);
  });

  it('the veto categories name exactly the unqualified accounts, by the config’s categories', () => {
    const named = new Set(
      s.problems.veto.flatMap((p: { accounts: { label: string }[] }) => p.accounts.map((a) => a.label)),
    );
    expect([...named].sort()).toEqual(s.unqualified.accounts.map((a: { label: string }) => a.label).sort());
    for (const p of s.problems.veto) expect(['安全问题', '内容不更新', '互动回应差']).toContain(p.category);
    expect(s.problems.deductions).toEqual([]);
  });

  it('nothing found unregistered, no 同比 (no 2021 data), no deadline', () => {
    expect(s.unregistered).toEqual({ count: 0, accounts: [] });
    expect(s.yearOnYear).toBeNull();
    expect(s.rectifyBy).toBeNull();
  });

  it('the quarter before is followed up', () => {
    const recheck = s.followUp.recheck;
    expect(recheck).not.toBeNull();
    expect(recheck.fixed.count + recheck.stillFailing.count + recheck.notRechecked.count).toBe(
      s.previous.unqualified,
    );
  });
});

describe('circular build --rectify-by', () => {
  it('refuses a date that is not one, naming the option (exit 2)', () => {
    const r = runCli([
      'build',
      '--quarter',
      '2022Q4',
      '--workspace',
      copySample(),
      '--rectify-by',
      '2023-02-30',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rectify-by 的写法不对');
  });
});
