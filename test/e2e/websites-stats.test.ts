/**
 * Government websites beside the accounts (docs/workspace.md §11), read from the county sample taken
 * down to its accounts, with four websites of the test's own in a website sheet added to its registry
 * and a sheet of website checks to its June workbook: the websites'
 * figures in `stats --format json`, the accounts' figures untouched, the websites' own categories and
 * pass score, and a website named by 网站标识码.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyCountyWithoutWebsites } from '../helpers/county-build.js';

async function addSheet(file: string, name: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

async function countyWithWebsites(passScore?: number): Promise<string> {
  const dir = await copyCountyWithoutWebsites();
  await addSheet(join(dir, 'registry.xlsx'), '网站台账', [
    ['网站名称', '网站标识码', '网站类型', '网址', '主办单位', '所属地区'],
    ['青梧县人民政府门户网站', '3611230001', '门户网站', 'www.qingwu.gov.cn', '青梧县人民政府办公室', '市级'],
    ['青梧县教育局网站', '3611230002', '部门网站', 'jyj.qingwu.gov.cn', '青梧县教育局', '市级'],
    ['青梧县乡村振兴专题网站', '3611230003', '专题网站', '', '青梧县农业农村局', '市级'],
    ['柳湾镇人民政府网站', '3611230004', '部门网站', '', '柳湾镇人民政府', '柳湾镇'],
  ]);
  await addSheet(join(dir, 'checks', '2023年06月全面检查.xlsx'), '网站检查', [
    [
      '检查月份',
      '检查类型',
      '网站名称',
      '网站标识码',
      '得分',
      '单项否决',
      '否决情形',
      '问题描述',
      '检查结论',
      '扣分情形',
    ],
    ['2023-06', '全面检查', '青梧县人民政府门户网站', '', 95, '否', '', '', '合格', '错别字'],
    ['2023-06', '全面检查', '', '3611230002', 70, '否', '', '', '', '链接失效、错别字'],
    [
      '2023-06',
      '全面检查',
      '青梧县乡村振兴专题网站',
      '',
      60,
      '是',
      '首页长期不更新；空白栏目过多',
      '首页超过两周未更新',
      '不合格',
      '',
    ],
  ]);
  if (passScore !== undefined) {
    const path = join(dir, 'circular.config.json');
    const config = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...config, websites: { passScore } }));
  }
  return dir;
}

function stats(dir: string) {
  const r = runCli(['stats', '--month', '2023-06', '--workspace', dir, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('stats --format json: websites beside the accounts', () => {
  let plain: ReturnType<typeof stats>;
  let withSites: ReturnType<typeof stats>;
  let scored: ReturnType<typeof stats>;
  beforeAll(async () => {
    plain = stats(await copyCountyWithoutWebsites());
    withSites = stats(await countyWithWebsites());
    scored = stats(await countyWithWebsites(80));
  });

  it('a workspace without websites has websites: null', () => {
    expect(plain.websites).toBeNull();
  });

  it('the accounts’ figures do not change when websites are added', () => {
    const { websites: _w, ...accounts } = withSites;
    const { websites: _n, ...before } = plain;
    expect(accounts).toEqual(before);
  });

  it('registered by 网站类型 (专题网站 is a 专项网站), by level and district', () => {
    const w = withSites.websites;
    expect(w.registered.total).toBe(4);
    expect(w.registered.byType).toEqual({ 门户网站: 1, 部门网站: 2, 专项网站: 1 });
    expect(w.registered.byLevel).toEqual({ city: 3, district: 1 });
    expect(w.registered.byDistrict.柳湾镇).toBe(1);
  });

  it('three of four checked (a sample), one unqualified on two veto categories of the websites’ list', () => {
    const w = withSites.websites;
    expect(w.coverage).toMatchObject({ checked: 3, rateText: '75.0%', sampled: true });
    expect(w.unqualified.accounts.map((a: { label: string }) => a.label)).toEqual(['青梧县乡村振兴专题网站']);
    expect(w.unqualified.accounts[0]).toMatchObject({ siteId: '3611230003', siteType: '专项网站' });
    expect(w.passRateText).toBe('66.7%');
    expect(w.problems.veto.map((c: { category: string }) => c.category)).toEqual(['首页不更新', '空白栏目']);
    expect(
      w.problems.deductions.map((c: { category: string; count: number }) => [c.category, c.count]),
    ).toEqual([
      ['错别字', 2],
      ['链接不可用', 1],
    ]);
  });

  it('a website named only by 网站标识码 is matched, and fails below websites.passScore', () => {
    expect(
      withSites.websites.byType.find((t: { siteType: string }) => t.siteType === '部门网站'),
    ).toMatchObject({ checked: 1, unqualified: 0 });
    const labels = scored.websites.unqualified.accounts.map((a: { label: string }) => a.label);
    expect(labels).toEqual(['青梧县教育局网站', '青梧县乡村振兴专题网站']);
    expect(scored.websites.unqualified.accounts[0].reasons).toEqual(['得分70分，低于合格线80分']);
    // The accounts' pass score stays the accounts' (the county sets none).
    expect(scored.passRateText).toBe(plain.passRateText);
  });
});

describe('validate: website rows', () => {
  it('a website the registry does not have is an error at its cell', async () => {
    const dir = await countyWithWebsites();
    await addSheet(join(dir, 'checks', '2023年05月单否专项检查.xlsx'), '网站检查', [
      ['检查月份', '网站名称', '单项否决', '否决情形'],
      ['2023-05', '青梧县不存在网站', '否', ''],
    ]);
    const r = runCli(['validate', '--month', '2023-05', '--workspace', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).diagnostics.filter(
      (d: { code: string }) => d.code === 'CHECK_UNKNOWN_ACCOUNT',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: '网站检查', row: 2, column: 'B' });
    expect(found[0].message).toContain('青梧县不存在网站');
  });
});

describe('build: websites and the circular', () => {
  it('the bundled template reports the websites beside new media, from the website sheets', async () => {
    const dir = await countyWithWebsites();
    const out = join(dir, 'out.docx');
    const r = runCli(['build', '--month', '2023-06', '--workspace', dir, '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings.some((w: string) => w.includes('政府网站'))).toBe(false);
    const text = (await mammoth.extractRawText({ path: out })).value.replace(/\n+/g, '\n');
    const lines = text.split('\n');
    expect(lines[0]).toBe('县政府办公室关于2023年6月全县政府网站与政务新媒体检查情况的通报');
    // 3 of the 4 websites checked (抽查); the 专题网站 vetoed; 教育局网站 at 70 passes without websites.passScore.
    expect(lines).toContain(
      '（一）政府网站检查情况。截至2023年6月30日，全县政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。本月共抽查政府网站3个，抽查比例为75.0%，发现不合格政府网站1个，合格率为66.7%。',
    );
    expect(
      lines.some((l) =>
        l.startsWith('（二）政务新媒体检查情况。截至2023年6月30日，全县政府系统备案在册的政务新媒体共60个'),
      ),
    ).toBe(true);
    const veto = lines.indexOf('二、出现单项否决情形的政府网站');
    expect(lines.slice(veto, veto + 10)).toEqual([
      '二、出现单项否决情形的政府网站',
      '（一）首页不更新（1个）',
      '青梧县乡村振兴专题网站',
      '（二）空白栏目（1个）',
      '青梧县乡村振兴专题网站',
      '三、出现扣分情形的政府网站',
      '（一）错别字（2个）',
      '青梧县人民政府门户网站、青梧县教育局网站',
      '（二）链接不可用（1个）',
      '青梧县教育局网站',
    ]);
    expect(text).toContain(
      '附件：1.不合格政府网站名单\n2.不合格政务新媒体名单\n3.存在问题的政府网站分类清单',
    );
    // The unqualified websites' table: its row has the 网站标识码 and the 主办单位.
    expect(text).toContain(
      '附件1\n不合格政府网站名单\n序号\n网站名称\n网站标识码\n主办单位\n存在问题\n1\n青梧县乡村振兴专题网站\n3611230003\n青梧县农业农村局\n',
    );
  });

  it('a template without a website part: says the websites are left out of the document, and still builds it', async () => {
    const dir = await countyWithWebsites();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(
      join(dir, 'templates', 'monthly.hbs'),
      '【标题】关于{{period.name}}政务新媒体检查情况的通报\n【正文】\n本月检查政务新媒体{{stats.checked}}个。\n【署名】{{issuer}}\n【日期】{{date date}}\n',
    );
    const out = join(dir, 'out.docx');
    const r = runCli(['build', '--month', '2023-06', '--workspace', dir, '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const warnings: string[] = JSON.parse(r.stdout).warnings;
    expect(warnings.some((w) => w.includes('登记了4个政府网站') && w.includes('没有网站的部分'))).toBe(true);
  });

  it('a workspace without websites gets no such warning', async () => {
    const dir = await copyCountyWithoutWebsites();
    const out = join(dir, 'out.docx');
    const r = runCli(['build', '--month', '2023-06', '--workspace', dir, '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings.some((w: string) => w.includes('政府网站'))).toBe(false);
  });
});
