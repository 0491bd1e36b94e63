import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AccountMatcher } from '../../src/checks/match-account.js';
import { parseConfig } from '../../src/config/load-config.js';
import { reminderWorkbook } from '../../src/excel/reminder-workbook.js';
import { sheetName } from '../../src/excel/write-workbook.js';
import { computeSurvey, latestPosts } from '../../src/stats/compute-survey.js';
import type { UpdateRow } from '../../src/updates/read-updates.js';
import { tempDir } from '../helpers/cli.js';
import { account } from '../helpers/year-records.js';

const config = parseConfig({ districts: ['甲县', '乙区:新城'] });
const DATE = '2023-10-13'; // a Friday: N = Monday 10-16, D + 7 = 10-20
const accounts = [
  account(0, '甲县发布', '微信公众号', '甲县', { lastUpdate: '2023-09-29' }), // line 10-13: red
  account(1, '甲县教育', '微博', '甲县', { lastUpdate: '2023-09-20' }), // the update below makes it blue
  account(2, '甲县文旅', '其他', '甲县'), // no date anywhere
  account(3, '乙区发布', '微信公众号', '乙区:新城', { lastUpdate: '2023-10-03' }), // line 10-17: yellow
  account(4, '乙区旧号', '微博', '乙区:新城', { status: '注销', closedOn: '2023-10-01' }), // closed
  account(5, '市卫健', '微信公众号', '市级', { filedOn: '2023-10-20' }), // not yet filed
];
const update: UpdateRow = {
  name: '甲县教育',
  platformRaw: '微博',
  platform: '微博',
  lastUpdate: '2023-09-30',
  at: { file: 'updates/a.xlsx', sheet: '更新', row: 2, column: 'A' },
  columns: { name: 'A', platform: 'B', lastUpdate: 'C' },
};

function survey() {
  const diagnostics: import('../../src/domain/diagnostic.js').Diagnostic[] = [];
  const matcher = new AccountMatcher(accounts, 'registry.xlsx');
  const latest = latestPosts(
    accounts,
    [update],
    { matcher, registryFile: 'registry.xlsx', date: DATE },
    diagnostics,
  );
  return { survey: computeSurvey(accounts, latest, config, DATE), diagnostics };
}

describe('the survey of a day', () => {
  it('surveys the accounts open that day, the newest date winning, undated ones counted apart', () => {
    const { survey: s, diagnostics } = survey();
    expect(diagnostics).toEqual([]);
    expect(s.accounts.map((a) => [a.name, a.lastPost, a.colour])).toEqual([
      ['甲县发布', '2023-09-29', 'red'],
      ['甲县教育', '2023-09-30', 'blue'],
      ['甲县文旅', null, null],
      ['乙区发布', '2023-10-03', 'yellow'],
    ]);
    expect(s.accounts[1]?.source).toBe('updates/a.xlsx 更新!C2');
    expect(s.byDistrict.map((d) => [d.district, d.accounts, d.red, d.blue, d.yellow, d.undated])).toEqual([
      ['市级', 0, 0, 0, 0, 0],
      ['甲县', 3, 1, 1, 0, 1],
      ['乙区:新城', 1, 0, 0, 1, 0],
    ]);
    expect(s.total).toEqual({ accounts: 4, red: 1, blue: 1, yellow: 1, coloured: 3, undated: 1 });
  });
});

describe('the reminder workbook', () => {
  it('is the same bytes built twice', async () => {
    const { survey: s } = survey();
    const a = await reminderWorkbook(s, '测试市政务新媒体更新提醒');
    const b = await reminderWorkbook(s, '测试市政务新媒体更新提醒');
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('lists a district’s coloured rows filled, most urgent first, and its undated accounts apart', async () => {
    const { survey: s } = survey();
    const wb = new ExcelJS.Workbook();
    const file = join(tempDir(), '提醒.xlsx');
    writeFileSync(file, await reminderWorkbook(s, '测试市政务新媒体更新提醒'));
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['汇总', '市级', '甲县', '乙区_新城']);
    expect(wb.created?.toISOString()).toBe('2023-10-13T00:00:00.000Z');
    const ws = wb.getWorksheet('甲县')!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('甲县政务新媒体更新提醒');
    expect(values(3)).toEqual([
      '序号',
      '提醒',
      '账号名称',
      '平台类型',
      '开设主体',
      '最近更新日期',
      '未更新天数',
      '到线日期',
    ]);
    expect(values(4)).toEqual([
      1,
      '红色·需立即更新',
      '甲县发布',
      '微信公众号',
      '甲县发布单位',
      '2023-09-29',
      14,
      '2023-10-13（周五）',
    ]);
    expect(values(5)).toEqual([
      2,
      '蓝色·休息日需更新',
      '甲县教育',
      '微博',
      '甲县教育单位',
      '2023-09-30',
      13,
      '2023-10-14（周六）',
    ]);
    const fill = (n: number) => {
      const f = ws.getRow(n).getCell(8).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect([fill(4), fill(5)]).toEqual(['FFFF9999', 'FF9DC3E6']);
    expect(values(7)[0]).toMatch(/^以下 1 个账号没有最近更新日期/);
    expect(values(9)).toEqual([1, '', '甲县文旅', '其他', '甲县文旅单位', '未填写']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect((wb.getWorksheet('市级')!.getRow(4).values as unknown[]).slice(1)).toEqual([
      '',
      '本次巡查没有需要提醒的账号',
    ]);
    const summary = wb.getWorksheet('汇总')!;
    expect((summary.getRow(5).values as unknown[]).slice(1)).toEqual(['甲县', 3, 1, 1, 0, 2, 1]);
    expect((summary.getRow(7).values as unknown[]).slice(1)).toEqual(['合计', 4, 1, 1, 1, 3, 1]);
  });
});

describe('sheetName', () => {
  it.each([
    ['乙区:新城', '乙区_新城'],
    ['a/b?c*d[e]f\\g', 'a_b_c_d_e_f_g'],
    [
      '经济技术开发区管理委员会下属的某某新区街道办事处',
      '经济技术开发区管理委员会下属的某某新区街道办事处'.slice(0, 31),
    ],
  ])('makes %s a name Excel accepts: %s', (wanted, name) => {
    expect(sheetName(wanted, new Set())).toBe(name);
  });

  it('keeps names unique as Excel compares them', () => {
    const taken = new Set<string>();
    expect([
      sheetName('汇总', taken),
      sheetName('汇总', taken),
      sheetName('ABC', taken),
      sheetName('abc', taken),
    ]).toEqual(['汇总', '汇总 (2)', 'ABC', 'abc (2)']);
  });
});
