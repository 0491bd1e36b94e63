/**
 * `circular validate 宜兴市.xlsx --annotate`: the clerk's own sheet marked up beside it — a first sheet
 * 问题清单 with a link to each cell at fault, then the submitted sheets with those cells filled and
 * noted. The submitted file is never changed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli, tempDir } from '../helpers/cli.js';
import { noteText } from '../helpers/inspect-workbook.js';

interface Diag {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  sheet?: string;
  cell?: string;
  message: string;
  hint?: string;
}

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
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
  '报送日期',
];
const SENT = new Date(Date.UTC(2022, 11, 28));

/** A 宜兴市 December sheet: a title, the header, three mistakes and two good rows, a date column. */
async function districtSheet(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('12月');
  ws.addRow(['宜兴市2022年12月政务新媒体全面检查结果']);
  ws.mergeCells('A1:K1');
  ws.addRow(HEADER);
  const row = (name: string, score: number | null, conclusion: string) => [
    '2022-12',
    '全面检查',
    name,
    '微信公众号',
    score,
    '否',
    '',
    '',
    conclusion,
    '否',
    SENT,
  ];
  ws.addRow(row('宜兴发改', 100, '合格'));
  ws.addRow(row('宜兴发该', 98, '合格'));
  ws.addRow(row('宜兴教育', 105, '合格'));
  ws.addRow(row('宜兴城管', 95, '基本合格'));
  ws.addRow(row('宜兴交通', 99.5, '合格'));
  ws.getColumn(11).numFmt = 'yyyy"年"m"月"d"日"';
  await wb.xlsx.writeFile(path);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('validate --annotate', () => {
  let dir: string;
  let file: string;
  let copy: string;
  let diagnostics: Diag[];
  let hashBefore: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(async () => {
    const workspace = copySample();
    dir = tempDir();
    file = join(dir, '宜兴市.xlsx');
    copy = join(dir, '宜兴市.校验结果.xlsx');
    await districtSheet(file);
    hashBefore = sha256(file);
    const json = runCli(['validate', file, '--workspace', workspace, '--format', 'json'], { cwd: dir });
    diagnostics = (JSON.parse(json.stdout) as { diagnostics: Diag[] }).diagnostics;
    run = runCli(['validate', '宜兴市.xlsx', '--workspace', workspace, '--annotate'], { cwd: dir });
  });

  it('writes 宜兴市.校验结果.xlsx beside the file and says so, the exit code still the check’s', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('宜兴市.校验结果.xlsx');
    expect(readdirSync(dir).sort()).toEqual(['宜兴市.xlsx', '宜兴市.校验结果.xlsx']);
  });

  it('leaves the submitted file byte for byte as it was', () => {
    expect(sha256(file)).toBe(hashBefore);
  });

  it('lists every problem first, each linked to its cell', async () => {
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(
      diagnostics.some((d) => d.severity === 'warning'),
      JSON.stringify(diagnostics),
    ).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['问题清单', '12月']);
    const list = wb.worksheets[0]!;
    expect(list.getRow(1).values).toEqual([
      undefined,
      '序号',
      '级别',
      '工作表',
      '单元格',
      '问题',
      '怎么改',
      '代码',
    ]);
    // The header stays in view, in bold, however long the list.
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list.getRow(1).getCell(1).font?.bold).toBe(true);
    for (const [i, d] of diagnostics.entries()) {
      const row = list.getRow(i + 2);
      expect(row.getCell(2).value).toBe(d.severity === 'error' ? '错误' : '警告');
      expect(row.getCell(5).value).toBe(d.message);
      expect(row.getCell(7).value).toBe(d.code);
      if (!d.cell) continue;
      const link = row.getCell(4).value as { formula: string };
      expect(link.formula).toBe(`HYPERLINK("#'12月'!${d.cell}","${d.cell}")`);
    }
  });

  it('fills each cell at fault (red for errors, yellow for warnings) and notes the message and the fix', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const sheet = wb.getWorksheet('12月')!;
    const cells = new Set(diagnostics.filter((d) => d.cell).map((d) => d.cell!));
    for (const address of cells) {
      const here = diagnostics.filter((d) => d.cell === address);
      const cell = sheet.getCell(address);
      const fill = cell.fill as ExcelJS.FillPattern;
      const worst = here.some((d) => d.severity === 'error') ? 'FFFFC7CE' : 'FFFFEB9C';
      expect(fill.fgColor?.argb, address).toBe(worst);
      const note = noteText(cell.note);
      for (const d of here) {
        expect(note).toContain(d.message);
        if (d.hint) expect(note).toContain(d.hint);
      }
    }
    // A cell no diagnostic names is neither filled nor noted.
    expect(sheet.getCell('C3').fill).toBeUndefined();
    expect(sheet.getCell('C3').note).toBeUndefined();
  });

  it('copies the submitted values faithfully: text, numbers and dates', async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const from = original.getWorksheet('12月')!;
    const to = wb.getWorksheet('12月')!;
    expect(to.getCell('C4').value).toBe('宜兴发该');
    expect(to.getCell('E7').value).toBe(99.5);
    expect(to.getCell('K3').value).toEqual(SENT);
    from.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        expect(to.getCell(r, c).value, cell.address).toEqual(cell.value);
      });
    });
  });

  it.runIf(hasSoffice || process.env.CI)(
    'opens in LibreOffice',
    () => {
      const out = tempDir();
      const profile = tempDir();
      const r = spawnSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          out,
          copy,
        ],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const csv = readFileSync(join(out, '宜兴市.校验结果.csv'), 'utf8');
      expect(csv).toContain('问题');
      for (const d of diagnostics) expect(csv).toContain(d.code);
    },
    300_000,
  );

  it('replaces its own earlier copy, and never writes over the submitted file', () => {
    writeFileSync(copy, 'an earlier copy');
    const again = runCli(['validate', file, '--annotate'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(copy).subarray(0, 2).toString()).toBe('PK');
    expect(sha256(file)).toBe(hashBefore);
  });

  it('refuses --annotate without files, exit 2', () => {
    const r = runCli(['validate', '--annotate', '--workspace', copySample()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--annotate');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
