/**
 * Messages about websites say 网站 and 网站标识码 (docs/workspace.md §11), in a workspace check and in
 * `validate 文件` of one results workbook, whose website rows are matched against the websites.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyCounty } from '../helpers/county-build.js';

const JUNE = join('checks', '2023年06月全面检查.xlsx');

interface Found {
  code: string;
  severity: string;
  message: string;
  hint?: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** Sets cells of one sheet of a workbook: [row, column, value]. */
async function edit(file: string, sheet: string, cells: [number, string, string][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (const [row, column, value] of cells) ws.getCell(`${column}${row}`).value = value;
  await wb.xlsx.writeFile(file);
}

function validate(args: string[]): { code: number | null; diagnostics: Found[] } {
  const r = runCli(['validate', ...args, '--format', 'json']);
  return { code: r.code, diagnostics: JSON.parse(r.stdout).diagnostics };
}

describe('the county sample: validate speaks of websites as websites', () => {
  let dir: string;
  let found: Found[];
  let code: number | null;
  beforeAll(async () => {
    dir = copyCounty();
    // The registry: 公安局网站 (row 5) given 教育局网站's 标识码; the results: a name and an id unknown.
    await edit(join(dir, 'registry.xlsx'), '网站台账', [[5, 'C', '3611230002']]);
    await edit(join(dir, JUNE), '网站检查结果', [
      [4, 'D', '青梧县不存在的网站'],
      [4, 'E', ''],
      [8, 'E', '3611239999'],
    ]);
    ({ code, diagnostics: found } = validate(['--month', '2023-06', '--workspace', dir]));
  });

  it('a repeated 网站标识码 is an error at its cell, worded for websites', () => {
    expect(code).toBe(1);
    const dup = found.find((d) => d.code === 'REGISTRY_DUPLICATE_ID')!;
    expect(dup).toMatchObject({ file: 'registry.xlsx', sheet: '网站台账', row: 5, column: 'C' });
    expect(dup.message).toBe('网站标识码“3611230002”与第4行（青梧县教育局网站）重复');
    expect(dup.hint).toContain('同一网站只登记一行');
  });

  it('a website the registry lacks is named as a 网站, by name or by 网站标识码, without a platform', () => {
    const unknown = found.filter((d) => d.code === 'CHECK_UNKNOWN_ACCOUNT' && d.file === JUNE);
    const byName = unknown.find((d) => d.row === 4)!;
    expect(byName).toMatchObject({ file: JUNE, column: 'D' });
    expect(byName.message).toBe('网站“青梧县不存在的网站”不在台账（registry.xlsx）中');
    expect(byName.hint).toContain(
      '请核对网站名称或网站标识码是否与台账一致；新开通的网站请先在网站台账中登记',
    );
    const byId = unknown.find((d) => d.row === 8)!;
    expect(byId.column).toBe('E');
    expect(byId.message).toMatch(/^网站标识码“3611239999”/);
    expect(byId.message).toContain('台账中青梧县人力资源和社会保障局网站的网站标识码是“3611230006”');
    expect(byId.hint).toBe('请核对两处的网站标识码（台账第8行）');
    expect(found.some((d) => d.message.includes('账号“青梧县'))).toBe(false);
  });
});

describe('the county sample: a sampled month', () => {
  it('May’s sample of websites and of accounts is one warning each, not one per website or account left out', () => {
    const { diagnostics } = validate(['--month', '2023-05', '--workspace', copyCounty()]);
    expect(diagnostics.filter((d) => d.code === 'CHECK_MONTH_MISSING')).toEqual([]);
    const sampled = diagnostics.filter((d) => d.code === 'CHECK_MONTH_SAMPLED');
    expect(sampled.map((d) => [d.sheet, d.message])).toEqual([
      ['网站台账', '2023-05检查了10个网站，另有8个没有检查结果，按抽查统计（未检查的：县直部门8个）'],
      [
        '账号台账',
        '2023-05检查了40个账号，另有20个没有检查结果，按抽查统计（未检查的：县直部门12个、柳湾镇1个、石门乡1个、白沙镇1个、枫林乡1个、东坪街道2个、南塘乡2个）',
      ],
    ]);
    expect(sampled[0]!.hint).toContain('请补充这些网站的检查结果');
  });

  it('a website left out of a full month is named at its row, without “(政府网站)”, and the hint says 网站台账', async () => {
    const dir = copyCounty();
    // June checks every website: take 教育局网站's row out of it.
    const file = join(dir, JUNE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('网站检查结果')!.spliceRows(4, 1);
    await wb.xlsx.writeFile(file);
    const { diagnostics } = validate(['--month', '2023-06', '--workspace', dir]);
    const missing = diagnostics.filter((d) => d.code === 'CHECK_MONTH_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      sheet: '网站台账',
      row: 4,
      message: '青梧县教育局网站在2023-06没有检查结果',
    });
    expect(missing[0]!.hint).toContain('在网站台账中填写关停日期');
  });
});

describe('validate 文件: a results workbook with a website sheet, against the workspace registry', () => {
  it('its website rows are matched against the websites: none is an unknown account', () => {
    const dir = copyCounty();
    const { code, diagnostics } = validate([join(dir, JUNE), '--workspace', dir]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('a misspelt website in it is reported at its cell as a 网站; with its 网站标识码 it is matched by that', async () => {
    const dir = copyCounty();
    // Row 6 (民政局网站) keeps its 标识码; row 7 (财政局网站) has none left.
    await edit(join(dir, JUNE), '网站检查结果', [
      [6, 'D', '青梧县民证局网站'],
      [7, 'D', '青梧县财正局网站'],
      [7, 'E', ''],
    ]);
    const { code, diagnostics } = validate([join(dir, JUNE), '--workspace', dir]);
    expect(code).toBe(1);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'CHECK_UNKNOWN_ACCOUNT',
      sheet: '网站检查结果',
      row: 7,
      column: 'D',
    });
    expect(errors[0]!.message).toBe('网站“青梧县财正局网站”不在台账（registry.xlsx）中');
    expect(errors[0]!.hint).toContain('最接近的台账网站：青梧县财政局网站');
    const mismatch = diagnostics.find((d) => d.code === 'CHECK_ID_NAME_MISMATCH')!;
    expect(mismatch).toMatchObject({ sheet: '网站检查结果', row: 6, column: 'D' });
    expect(mismatch.message).toBe(
      '网站标识码“3611230004”在台账中是青梧县民政局网站，与本行网站名称“青梧县民证局网站”不一致',
    );
  });
});
