/**
 * The whole path a new office takes, through the built CLI: `init` → fill the two templates (as a clerk
 * would, in the init'd workbooks) → `validate` → `stats` → `build`, for a quarter and for the year; and
 * every command's JSON output and exit codes (docs/ci.md) for scripts and CI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_COLUMNS } from '../../src/checks/columns.js';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';
import type { PeriodStats, YearStats } from '../../src/stats/types.js';
import { BIN, type RunResult, runCli, tempDir } from '../helpers/cli.js';

const YEAR_FILE = '2022年度全市政务新媒体检查情况通报.docx';
const Q4_FILE = '2022年第四季度全市政务新媒体检查情况通报.docx';

/** Registry rows by header: six accounts in 市级 and the two configured districts. */
const ACCOUNTS: Record<string, string>[] = [
  {
    账号名称: '无锡发布',
    平台类型: '微信公众号',
    开设主体: '中共无锡市委宣传部',
    所属地区: '市级',
    备案编号: 'WX-001',
  },
  {
    账号名称: '无锡发改',
    平台类型: '微博',
    开设主体: '无锡市发展和改革委员会',
    所属地区: '市级',
    备案编号: 'WX-002',
  },
  {
    账号名称: '江阴发布',
    平台类型: '微信公众号',
    开设主体: '江阴市人民政府办公室',
    所属地区: '江阴市',
    备案编号: 'JY-001',
  },
  {
    账号名称: '江阴城管',
    平台类型: '抖音',
    开设主体: '江阴市城市综合管理局',
    所属地区: '江阴市',
    备案编号: 'JY-002',
  },
  {
    账号名称: '宜兴发改',
    平台类型: '微信公众号',
    开设主体: '宜兴市发展和改革委员会',
    所属地区: '宜兴市',
    备案编号: 'YX-001',
  },
  {
    账号名称: '宜兴文旅',
    平台类型: '移动客户端',
    开设主体: '宜兴市文体广电和旅游局',
    所属地区: '宜兴市',
    备案编号: 'YX-002',
  },
];

/**
 * One check of every account in each listed month. 江阴城管 fails in February (Q1) and August (Q3), so
 * it is 重点关注; December is a 全面检查 where 宜兴文旅 scores 95 and 江阴发布 reposts.
 */
function checkRows(): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  const failures: Record<string, string> = { '2022-02': '内容不更新', '2022-08': '互动回应差' };
  for (const month of ['2022-02', '2022-05', '2022-08', '2022-10', '2022-12']) {
    for (const a of ACCOUNTS) {
      const row: Record<string, string | number> = {
        检查月份: month,
        账号名称: a.账号名称!,
        平台类型: a.平台类型!,
      };
      if (month === '2022-12') {
        row.检查类型 = '全面检查';
        row.得分 = a.账号名称 === '宜兴文旅' ? 95 : 100;
        if (a.账号名称 === '江阴发布') row.转载权威信息 = '是';
      } else {
        row.检查类型 = '单否专项检查';
        const reason = failures[month];
        if (reason && a.账号名称 === '江阴城管') {
          row.单项否决 = '是';
          row.否决情形 = reason;
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

/** Writes rows into the first sheet of an init'd template, in the template's column order. */
async function fill(
  path: string,
  target: string,
  columns: readonly { header: string }[],
  rows: Record<string, unknown>[],
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const headers = columns.map((_, i) => String(ws.getRow(1).getCell(i + 1).value));
  for (const row of rows) ws.addRow(headers.map((h) => row[h] ?? null));
  await wb.xlsx.writeFile(target);
}

/** Runs the built CLI with this environment exactly (for the colour variables the shared helper fixes). */
function runWithEnv(args: string[], env: Record<string, string>): RunResult {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  delete base.CI;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** stdout must be exactly one JSON document. */
function json<T = Record<string, unknown>>(run: RunResult): T {
  expect(() => JSON.parse(run.stdout), run.stdout.slice(0, 200)).not.toThrow();
  return JSON.parse(run.stdout) as T;
}

async function docxText(path: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(path) })).value.replace(/\n+/g, '\n');
}

const ESC = '\u001b[';

describe('init → fill → validate → stats → build', () => {
  let dir: string;
  let init: RunResult;

  beforeAll(async () => {
    dir = join(tempDir(), 'ws');
    init = runCli(['init', dir, '--districts', '江阴市,宜兴市', '--format', 'json']);
    if (init.code !== 0) return;
    await fill(join(dir, 'registry.xlsx'), join(dir, 'registry.xlsx'), REGISTRY_COLUMNS, ACCOUNTS);
    await fill(
      join(dir, 'templates/检查结果模板.xlsx'),
      join(dir, 'checks/2022年检查结果.xlsx'),
      CHECK_COLUMNS,
      checkRows(),
    );
  });

  it('init prints one JSON document naming what it wrote', () => {
    expect(init.code, init.stderr).toBe(0);
    const doc = json<{ files: { path: string; action: string }[]; config: { districts: string[] } }>(init);
    expect(doc.files.map((f) => f.path)).toContain('registry.xlsx');
    expect(doc.files.every((f) => f.action === 'created')).toBe(true);
    expect(doc.config.districts).toEqual(['江阴市', '宜兴市']);
  });

  it('init again is exit 2, names the file, changes nothing; --force overwrites', () => {
    const again = runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('circular.config.json');
    expect(again.stderr).toContain('--force');
    expect(again.stdout).toBe('');
    const asJson = runCli(['init', dir, '--format', 'json']);
    expect(asJson.code).toBe(2);
    expect(json<{ error: { exitCode: number; message: string } }>(asJson).error).toMatchObject({
      exitCode: 2,
    });
    // The filled registry is still there (the checks below read it).
    expect(readdirSync(join(dir, 'checks'))).toEqual(['2022年检查结果.xlsx']);
    const other = join(tempDir(), 'other');
    expect(runCli(['init', other, '--quiet']).code).toBe(0);
    const forced = runCli(['init', other, '--force', '--format', 'json']);
    expect(forced.code).toBe(0);
    expect(json<{ files: { action: string }[] }>(forced).files.every((f) => f.action === 'overwritten')).toBe(
      true,
    );
  });

  it('validate accepts the filled templates: exit 0, one JSON document', () => {
    const run = runCli(['validate', '--workspace', dir, '--format', 'json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const doc = json<{ summary: { errors: number }; diagnostics: unknown[] }>(run);
    expect(doc.summary.errors).toBe(0);
  });

  it('stats --quarter 2022Q4 gives the quarter’s figures', () => {
    const run = runCli(['stats', '--quarter', '2022Q4', '--workspace', dir, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const s = json<PeriodStats>(run);
    expect(s).toMatchObject({
      period: '2022Q4',
      asOf: '2022-12-31',
      checked: 6,
      qualified: 6,
      passRateText: '100%',
    });
    expect(s.registered).toMatchObject({ total: 6, byLevel: { city: 2, district: 4 } });
    expect(s.registered.byType).toEqual({ 微信公众号: 3, 微博: 1, 移动客户端: 1, 其他: 1 });
    expect(s.months.map((m) => [m.month, m.kind])).toEqual([
      ['2022-10', '单否专项检查'],
      ['2022-12', '全面检查'],
    ]);
    expect(s.perfectScore.accounts.map((a) => a.name)).toEqual([
      '无锡发布',
      '无锡发改',
      '江阴发布',
      '宜兴发改',
    ]);
    expect(s.reposting.accounts.map((a) => a.label)).toEqual(['江阴发布(微信公众号)']);
  });

  it('stats --year 2022 gives every quarter, the 重点关注 list and the ranking', () => {
    const run = runCli(['stats', '--year', '2022', '--workspace', dir, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const s = json<YearStats>(run);
    expect(s).toMatchObject({ period: '2022', asOf: '2022-12-31', checked: 6, passRateText: '83.3%' });
    expect(
      s.quarters.map((q) => [q.period, q.checked, q.unqualified, q.passRateText, q.passRateChange]),
    ).toEqual([
      ['2022Q1', 6, 1, '83.3%', null],
      ['2022Q2', 6, 0, '100%', 16.7],
      ['2022Q3', 6, 1, '83.3%', -16.7],
      ['2022Q4', 6, 0, '100%', 16.7],
    ]);
    expect(s.focus.accounts.map((a) => [a.label, a.quarters])).toEqual([
      ['江阴城管(其他)', ['2022Q1', '2022Q3']],
    ]);
    expect(s.districtRanking.map((g) => [g.districts, g.passRateText])).toEqual([
      [['宜兴市'], '100%'],
      [['江阴市'], '50.0%'],
      [['市级'], '100%'],
    ]);
  });

  it('stats in text prints the quarters for a person', () => {
    const run = runCli(['stats', '--year', '2022', '--workspace', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2022Q3  检查 6 个，不合格 1 个，合格率 83.3%，较上季度下降16.7个百分点');
    expect(run.stdout).toContain('重点关注（两个及以上季度不合格）：1 个');
  });

  it('build --quarter 2022Q4 writes the quarterly circular', async () => {
    const run = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(Q4_FILE);
    const text = await docxText(join(dir, Q4_FILE));
    expect(text).toContain('市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报');
    expect(text).toContain('全市政府系统备案在册的政务新媒体共6个');
  });

  it('build --year 2022 writes the yearly circular covering all four quarters', async () => {
    const run = runCli([
      'build',
      '--year',
      '2022',
      '--workspace',
      dir,
      '--date',
      '2023-01-20',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const doc = json<{ written: string; period: string; warnings: string[]; summary: { errors: number } }>(
      run,
    );
    expect(doc.period).toBe('2022');
    expect(doc.written.endsWith(YEAR_FILE)).toBe(true);
    expect(doc.warnings.join()).toContain('highlights/2022.md');
    const text = await docxText(join(dir, YEAR_FILE));
    expect(text).toContain('市政府办公室关于2022年度全市政务新媒体检查情况的通报');
    for (const q of ['第一季度检查政务新媒体6个', '第二季度检查6个', '第三季度检查6个', '第四季度检查6个'])
      expect(text).toContain(q);
    expect(text).toContain('较上季度下降16.7个百分点');
    expect(text).toContain('宜兴市合格率为100%，江阴市合格率为50.0%，市级部门合格率为100%');
    expect(text).toContain('2022年度重点关注政务新媒体名单');
    expect(text).toContain('第一、三季度');
  });

  it('build --quiet prints the written path alone', () => {
    const run = runCli(['build', '--year', '2022', '--workspace', dir, '--date', '2023-01-20', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout.trim().endsWith(YEAR_FILE)).toBe(true);
  });

  it('--print-config on build, stats and validate prints the effective config and exits 0', () => {
    for (const command of ['build', 'stats', 'validate']) {
      const run = runCli([command, '--print-config', '--workspace', dir]);
      expect(run.code, `${command}: ${run.stderr}`).toBe(0);
      const config = json<{ districts: string[]; rateDecimals: number; $schema: string }>(run);
      expect(config).toMatchObject({
        districts: ['江阴市', '宜兴市'],
        rateDecimals: 1,
        $schema: './.circular/config.schema.json',
      });
    }
  });

  it('bad input is exit 1 with the diagnostics as JSON, and build writes nothing', async () => {
    const bad = join(tempDir(), 'bad');
    cpSync(dir, bad, { recursive: true });
    for (const f of [YEAR_FILE, Q4_FILE]) expect(existsSync(join(bad, f))).toBe(true);
    rmSync(join(bad, YEAR_FILE));
    const extra = {
      账号名称: '西湖发布',
      平台类型: '微信公众号',
      开设主体: '西湖区政府',
      所属地区: '西湖区',
    };
    await fill(join(bad, 'registry.xlsx'), join(bad, 'registry.xlsx'), REGISTRY_COLUMNS, [extra]);
    const validate = runCli(['validate', '--workspace', bad, '--format', 'json']);
    expect(validate.code).toBe(1);
    const doc = json<{ diagnostics: { severity: string; file: string; cell?: string; message: string }[] }>(
      validate,
    );
    const error = doc.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ file: 'registry.xlsx', cell: 'D8' });
    expect(error?.message).toContain('西湖区');
    const build = runCli(['build', '--year', '2022', '--workspace', bad, '--format', 'json']);
    expect(build.code).toBe(1);
    expect(json<{ written: null }>(build).written).toBeNull();
    expect(existsSync(join(bad, YEAR_FILE))).toBe(false);
    const text = runCli(['build', '--year', '2022', '--workspace', bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('西湖区');
  });

  it.each([
    [['build', '--quarter', '2022Q5'], /应写作 2022Q4/],
    [['stats', '--quarter', '22Q4'], /应写作 2022Q4/],
    [['validate', '--year', '22'], /四位年份/],
    [['build', '--year', '2022', '--quarter', '2022Q4'], /只能选一个/],
    [['stats'], /--quarter 2022Q4/],
    [['stats', '--year', '2022', '--format', 'xml'], /--format 只能是 text 或 json/],
  ])('%j is exit 2 with the accepted forms, also as JSON', (args, message) => {
    const run = runCli([...args, '--workspace', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    if (!args.includes('xml')) {
      const asJson = runCli([...args, '--workspace', dir, '--format', 'json']);
      expect(asJson.code).toBe(2);
      expect(json<{ error: { kind: string; message: string } }>(asJson).error).toMatchObject({
        kind: 'usage',
      });
      expect(json<{ error: { message: string } }>(asJson).error.message).toMatch(message);
    }
  });

  it('a config with an unknown field is exit 2 naming it', () => {
    const other = join(tempDir(), 'cfg');
    cpSync(dir, other, { recursive: true });
    writeFileSync(join(other, 'circular.config.json'), '{ "cty": "无锡" }\n');
    const run = runCli(['stats', '--year', '2022', '--workspace', other, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(json<{ error: { message: string } }>(run).error.message).toMatch(/cty.*city/);
    expect(runCli(['validate', '--print-config', '--workspace', other]).code).toBe(2);
  });

  it('colours text only when allowed, never JSON (NO_COLOR, FORCE_COLOR)', () => {
    const args = ['stats', '--year', '2022', '--workspace', dir];
    expect(runWithEnv(args, { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(runWithEnv(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(runWithEnv(args, {}).stdout).not.toContain(ESC);
    const asJson = runWithEnv([...args, '--format', 'json'], { FORCE_COLOR: '1' });
    expect(asJson.stdout).not.toContain(ESC);
    expect(asJson.stderr).not.toContain(ESC);
    json(asJson);
    const validate = runWithEnv(['validate', '--workspace', dir, '--format', 'json'], { FORCE_COLOR: '1' });
    expect(validate.stdout).not.toContain(ESC);
  });

  it('a copied results template keeps its dropdowns after the clerk fills it', async () => {
    const copy = join(tempDir(), 'copy.xlsx');
    copyFileSync(join(dir, 'checks/2022年检查结果.xlsx'), copy);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const model = (wb.worksheets[0] as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(Object.keys(model).length).toBeGreaterThan(0);
  });
});
