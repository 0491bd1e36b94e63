import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli, tempDir } from '../helpers/cli.js';

interface Diag {
  code: string;
  severity: string;
  file: string;
  sheet?: string;
  cell?: string;
  message: string;
}

const HEADER = [
  '检查月份',
  '检查类型',
  '账号名称',
  '平台类型',
  '得分',
  '单项否决',
  '否决情形',
  '问题描述',
  '检查结论',
  '转载权威信息',
];

/**
 * A 宜兴市 results sheet for December with ten different mistakes, one per row (rows 3–12 under a
 * title and the header), and two correct rows around them.
 */
async function plantedSheet(path: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('12月');
  ws.addRow(['宜兴市2022年12月政务新媒体全面检查结果']);
  ws.mergeCells('A1:J1');
  ws.addRow(HEADER);
  const ok = (name: string, platform: string, score: number) => [
    '2022-12',
    '全面检查',
    name,
    platform,
    score,
    '否',
    '',
    '',
    '合格',
    '否',
  ];
  const rows: [string, (string | number | { error: string } | null)[]][] = [
    [
      'CHECK_UNKNOWN_ACCOUNT',
      ['2022-12', '全面检查', '宜兴发该', '微信公众号', 98, '否', '', '', '合格', '否'],
    ],
    ['CHECK_BAD_SCORE', ['2022-12', '全面检查', '宜兴发改', '微信公众号', 105, '否', '', '', '合格', '否']],
    [
      'CHECK_FULL_WITHOUT_SCORE',
      ['2022-12', '全面检查', '宜兴教育', '微信公众号', null, '否', '', '', '合格', '否'],
    ],
    [
      'CHECK_PASS_WITH_VETO',
      ['2022-12', '全面检查', '宜兴公安', '微信公众号', 90, '是', '内容不更新', '两周未更新', '合格', '否'],
    ],
    ['CHECK_BAD_YESNO', ['2022-12', '全面检查', '宜兴司法', '微信公众号', 96, '可能', '', '', '合格', '否']],
    ['CHECK_BAD_MONTH', ['2022-13', '全面检查', '宜兴财政', '微信公众号', 97, '否', '', '', '合格', '否']],
    ['CHECK_BAD_KIND', ['2022-12', '抽查', '宜兴人社', '微信公众号', 97, '否', '', '', '合格', '否']],
    [
      'CELL_ERROR',
      ['2022-12', '全面检查', '宜兴住建', '微信公众号', { error: '#N/A' }, '否', '', '', '合格', '否'],
    ],
    ['DISTRICT_MISMATCH', ok('江阴发布', '微信公众号', 99)],
    [
      'CHECK_BAD_CONCLUSION',
      ['2022-12', '全面检查', '宜兴城管', '微信公众号', 95, '否', '', '', '基本合格', '否'],
    ],
  ];
  const cells: Record<string, string> = {};
  for (const [code, values] of rows) {
    const row = ws.addRow(values);
    cells[code] = `A${row.number}`;
  }
  ws.addRow(ok('宜兴交通', '微信公众号', 100));
  await wb.xlsx.writeFile(path);
  return cells;
}

describe('circular validate 宜兴市.xlsx --district 宜兴市', () => {
  let file: string;
  let planted: Record<string, string>;
  let workspace: string;

  beforeAll(async () => {
    workspace = copySample();
    file = join(tempDir(), '宜兴市.xlsx');
    planted = await plantedSheet(file);
  });

  it('finds ten planted mistakes in one run, each at its row', () => {
    const r = runCli([
      'validate',
      file,
      '--district',
      '宜兴市',
      '--workspace',
      workspace,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const { diagnostics, summary } = JSON.parse(r.stdout) as {
      diagnostics: Diag[];
      summary: { errors: number };
    };
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const [code, cell] of Object.entries(planted)) {
      const hit = errors.find((d) => d.code === code);
      expect(hit, `${code} expected`).toBeDefined();
      expect(hit!.cell?.replace(/^[A-Z]+/, ''), code).toBe(cell.slice(1));
      expect(hit!.file).toBe(file);
      expect(hit!.sheet).toBe('12月');
    }
    const rows = new Set(errors.map((d) => d.cell?.replace(/^[A-Z]+/, '')));
    expect(rows.size).toBeGreaterThanOrEqual(10);
    expect(summary.errors).toBe(errors.length);
  });

  it('prints the file, sheet and cells for a person, with a summary line', () => {
    const r = runCli(['validate', file, '--district', '宜兴市', '--workspace', workspace]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('宜兴市.xlsx › 12月');
    expect(r.stdout).toMatch(/E4\s+错误/);
    expect(r.stdout).toContain('宜兴发该');
    expect(r.stdout).toMatch(/共 \d+ 个错误/);
    expect(r.stdout).toContain('已与台账');
  });

  it('says when there is no registry to match against', () => {
    const r = runCli(['validate', file, '--district', '宜兴市'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('未找到工作区台账');
    expect(r.stdout).not.toContain('CHECK_UNKNOWN_ACCOUNT');
  });

  it('rejects a district that is not configured with exit 2', () => {
    const r = runCli(['validate', file, '--district', '西湖区', '--workspace', workspace]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('宜兴市');
  });

  it('accepts 市本级 for the city level, as the registry does', () => {
    // The registry reads 市本级 (and 市直 …) as 市级; --district used to refuse it with exit 2.
    const run = (district: string) =>
      runCli(['validate', file, '--district', district, '--workspace', workspace, '--format', 'json']);
    const alias = run('市本级');
    expect(alias.stderr).not.toContain('不在地区列表中');
    expect(alias.code).toBe(1);
    const { diagnostics } = JSON.parse(alias.stdout) as { diagnostics: Diag[] };
    const mismatch = diagnostics.find((d) => d.code === 'DISTRICT_MISMATCH');
    expect(mismatch?.message).toContain('市级');
    expect(alias.stdout).toBe(run('市级').stdout);
  });

  it('passes a clean district sheet with exit 0', async () => {
    const clean = join(tempDir(), '宜兴市-clean.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2022年12月');
    ws.addRow(['账号名称', '平台类型', '得分', '单项否决']);
    ws.addRow(['宜兴发改', '微信公众号', 100, '否']);
    ws.addRow(['宜兴教育', '微信公众号', 96, '']);
    await wb.xlsx.writeFile(clean);
    const r = runCli([
      'validate',
      clean,
      '--district',
      '宜兴市',
      '--workspace',
      workspace,
      '--format',
      'json',
    ]);
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });
});

describe('validate --district without files', () => {
  let workspace: string;

  beforeAll(() => {
    workspace = copySample();
  });

  it('is a usage error (exit 2) that says to name the district’s own sheet', () => {
    // It used to be ignored: the whole workspace was checked, exit 0, as if every row were 宜兴市's.
    const r = runCli(['validate', '--district', '宜兴市', '--workspace', workspace]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不带文件时不起作用');
    expect(r.stderr).toContain('circular validate 宜兴市.xlsx --district 宜兴市');
    expect(r.stdout).toBe('');
  });

  it('is one JSON error document under --format json', () => {
    const r = runCli(['validate', '--district', '宜兴市', '--workspace', workspace, '--format', 'json']);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout) as { error: { kind: string; message: string; exitCode: number } };
    expect(error.kind).toBe('usage');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('--district');
  });

  it('names the closest known district for one that does not exist, with or without files', () => {
    const without = runCli(['validate', '--district', '宜兴县', '--workspace', workspace]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('“宜兴县”不在地区列表中（是否想输入 宜兴市？）');
    const file = join(workspace, 'checks', '2022年12月全面检查.xlsx');
    const named = runCli(['validate', file, '--district', '滨湖', '--workspace', workspace]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('（是否想输入 滨湖区？）');
    expect(named.stderr).toContain('可填写：市级、江阴市、宜兴市');
  });
});
