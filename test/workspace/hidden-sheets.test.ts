/**
 * Hidden and very hidden sheets (docs/workspace.md §1): rows no one can see in Excel are not counted
 * unless the config's `readHiddenSheets` says so, and each such sheet is named with its file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { parsePeriod } from '../../src/domain/period.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { validateFiles } from '../../src/workspace/validate-files.js';
import { tempDir } from '../helpers/cli.js';

const HEADER = ['检查月份', '账号名称', '平台类型', '单项否决'];

/** A workspace whose results workbook has a visible 10月, a hidden 11月 and a very hidden 12月 (both failed). */
async function workspace(config: Record<string, unknown> = {}): Promise<string> {
  const dir = join(tempDir(), 'ws');
  mkdirSync(join(dir, 'checks'), { recursive: true });
  writeFileSync(join(dir, 'circular.config.json'), JSON.stringify({ registry: 'registry.csv', ...config }));
  writeFileSync(
    join(dir, 'registry.csv'),
    '账号名称,平台类型,开设主体,所属地区\n宜兴发改,微信公众号,宜兴市发展和改革委员会,宜兴市\n',
  );
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, 'visible' | 'hidden' | 'veryHidden', string][] = [
    ['10月', 'visible', '否'],
    ['11月', 'hidden', '是'],
    ['12月', 'veryHidden', '是'],
  ];
  for (const [name, state, veto] of sheets) {
    const sheet = workbook.addWorksheet(name, { state });
    sheet.addRow(HEADER);
    sheet.addRow([`2022-${name.slice(0, 2)}`, '宜兴发改', '微信公众号', veto]);
  }
  await workbook.xlsx.writeFile(join(dir, 'checks', '宜兴市.xlsx'));
  return dir;
}

const q4 = parsePeriod('2022Q4')!;
const hiddenOf = (list: { code: string; file: string; sheet?: string; message: string }[]) =>
  list.filter((d) => d.code === 'SHEET_HIDDEN').map((d) => `${d.file} › ${d.sheet}: ${d.message}`);

describe('hidden sheets', () => {
  it('are not counted by default, and each is named with file and sheet', async () => {
    const ws = await loadWorkspace(await workspace(), q4);
    expect(ws.checks.months()).toEqual(['2022-10']);
    expect(ws.checks.failures()).toEqual([]);
    expect(hiddenOf(ws.diagnostics)).toEqual([
      'checks/宜兴市.xlsx › 11月: 工作表“11月”是隐藏的工作表，未读取，其中的数据不计入统计',
      'checks/宜兴市.xlsx › 12月: 工作表“12月”被设为“深度隐藏”（veryHidden，在 Excel 中无法直接取消隐藏），未读取，其中的数据不计入统计',
    ]);
    expect(ws.diagnostics.every((d) => d.code !== 'SHEET_HIDDEN' || d.severity === 'warning')).toBe(true);
  });

  it('are counted when the config says readHiddenSheets, still with a warning', async () => {
    const ws = await loadWorkspace(await workspace({ readHiddenSheets: true }), q4);
    expect(ws.checks.months()).toEqual(['2022-10', '2022-11', '2022-12']);
    expect(ws.checks.failures().map((f) => f.month)).toEqual(['2022-11', '2022-12']);
    expect(hiddenOf(ws.diagnostics)).toHaveLength(2);
    expect(hiddenOf(ws.diagnostics)[0]).toContain('已按配置 readHiddenSheets 读取并计入统计');
  });

  it('are left out by `validate FILE` too', async () => {
    const dir = await workspace();
    const file = join(dir, 'checks', '宜兴市.xlsx');
    const result = await validateFiles([{ path: file, file: '宜兴市.xlsx' }], { config: parseConfig({}) });
    expect(hiddenOf(result.diagnostics)).toHaveLength(2);
    expect(result.diagnostics.filter((d) => d.code !== 'SHEET_HIDDEN' && d.sheet !== '10月')).toEqual([]);
  });
});
