/** The library entry point as a script would use it (docs/library.md). */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECKED,
  computeStats,
  defaultOutputName,
  FAILED,
  hasErrors,
  initWorkspace,
  isYearStats,
  loadWorkspace,
  parsePeriod,
  renderCircular,
  WorkspaceFileExistsError,
} from '../src/index.js';
import { copySample, tempDir } from './helpers/cli.js';
import { copyCounty } from './helpers/county-build.js';

describe('the library', () => {
  it('does not miss a highlights file for a template without that part (the bundled monthly one)', async () => {
    const period = parsePeriod('2023-06')!;
    const dir = copyCounty();
    expect(existsSync(join(dir, 'highlights', '2023-06.md'))).toBe(false);
    const ws = await loadWorkspace(dir, period);
    const stats = computeStats(ws, period);
    const monthly = await renderCircular(ws, period, stats, { date: '2023-07-10' });
    expect(monthly.warnings).toEqual([]);
    // The half-year template has the part, so its missing file is still said.
    const half = parsePeriod('2023H1')!;
    const halfWs = await loadWorkspace(dir, half);
    const halfYear = await renderCircular(halfWs, half, computeStats(halfWs, half), { date: '2023-07-10' });
    expect(halfYear.warnings).toContain('没有找到 highlights/2023H1.md，通报将不含“主要做法和成效”一节');
  });

  it('loads a workspace, computes a year’s statistics and renders its circular', async () => {
    const period = parsePeriod('2022')!;
    const dir = copySample();
    const ws = await loadWorkspace(dir, period);
    expect(hasErrors(ws.diagnostics)).toBe(false);
    const stats = computeStats(ws, period);
    expect(isYearStats(stats)).toBe(true);
    if (!isYearStats(stats)) return;
    expect(stats.quarters.map((q) => q.period)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4']);
    const { bytes, document, warnings } = await renderCircular(ws, period, stats, { date: '2023-01-20' });
    expect(document.title).toBe('市政府办公室关于2022年度全市政务新媒体检查情况的通报');
    expect(document.attachments[0]?.rows).toHaveLength(4);
    expect(warnings).toEqual([]);
    expect(document.body).toContainEqual({ type: 'heading1', text: '二、主要做法和成效' });
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    // Without the highlights file the section is left out, and the caller is told.
    rmSync(join(dir, 'highlights', '2022.md'));
    const without = await renderCircular(ws, period, stats, { date: '2023-01-20' });
    expect(without.warnings).toEqual(['没有找到 highlights/2022.md，通报将不含“主要做法和成效”一节']);
    expect(without.document.body).not.toContainEqual({ type: 'heading1', text: '二、主要做法和成效' });
    expect(defaultOutputName(period)).toBe('2022年度全市政务新媒体检查情况通报.docx');
  });

  it('computes a quarter’s statistics as plain PeriodStats', async () => {
    const period = parsePeriod('2022Q4')!;
    const stats = computeStats(await loadWorkspace(copySample(), period), period);
    expect(isYearStats(stats)).toBe(false);
    expect(stats.passRateText).toBe('99.3%');
  });

  it('keeps the checks per account and month, and the failed ones in full', async () => {
    const period = parsePeriod('2022Q4')!;
    const ws = await loadWorkspace(copySample(), period);
    expect(ws).not.toHaveProperty('records');
    expect(ws.checks.size).toBe(ws.accounts.length);
    expect(ws.checks.months().filter((m) => m >= '2022-10')).toEqual(['2022-10', '2022-11', '2022-12']);
    const stats = computeStats(ws, period);
    // The example of docs/library.md: the accounts checked in a month. The flags hold every linked
    // check; the statistics count only the accounts still registered at the quarter's end.
    const october = ws.checks.flagsOf('2022-10')!;
    const checkedInOctober = ws.accounts.filter((a) => (october[a.index]! & CHECKED) !== 0);
    const closedSince = checkedInOctober.filter((a) => a.closedOn !== undefined && a.closedOn <= period.end);
    expect(closedSince.length).toBeGreaterThan(0);
    expect(checkedInOctober.length - closedSince.length).toBe(stats.months[0]?.checked);
    expect(october.filter((f) => (f & FAILED) !== 0).length).toBe(stats.months[0]?.unqualified);
    const failedInQ4 = ws.checks.failures().filter((r) => r.month >= '2022-10');
    expect(failedInQ4.map((r) => ws.accounts[r.account]?.name)).toEqual(
      expect.arrayContaining(stats.unqualified.accounts.map((a) => a.name)),
    );
    expect(failedInQ4.every((r) => r.failed && r.reasons.length > 0)).toBe(true);
  });

  it('sets up a workspace and refuses to overwrite it', async () => {
    const dir = tempDir();
    const result = await initWorkspace(dir, { districts: ['江阴市', '宜兴市'] });
    expect(existsSync(join(dir, 'registry.xlsx'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'circular.config.json'), 'utf8'))).toEqual(result.config);
    await expect(initWorkspace(dir)).rejects.toBeInstanceOf(WorkspaceFileExistsError);
  });
});
