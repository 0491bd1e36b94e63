import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, type RunResult, runCli, tempDir } from '../helpers/cli.js';

const OUT_NAME = '2022年第四季度全市政务新媒体检查情况通报.docx';

/** Counts the data rows (rows after the header) of each table in document.xml. */
function tableRowCounts(docx: Uint8Array): number[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(
    (m) => (m[1]!.match(/<w:tr[ >]/g) ?? []).length - 1,
  );
}

describe('circular build --quarter 2022Q4 on the sample workspace', () => {
  let dir: string;
  let run: RunResult;
  let text: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    dir = copySample();
    run = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09']);
    const file = join(dir, OUT_NAME);
    bytes = existsSync(file) ? new Uint8Array(readFileSync(file)) : new Uint8Array();
    text = bytes.length
      ? (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\n+/g, '\n')
      : '';
  });

  it('exits 0 and names the file it wrote', () => {
    expect(run.stderr).not.toMatch(/错误/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(OUT_NAME);
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('has the title, the addressees, the issuer and the date', () => {
    expect(text).toContain('市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报');
    expect(text).toContain('各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：');
    expect(text).toContain('无锡市人民政府办公室');
    expect(text).toContain('2023年1月9日');
  });

  it('states every figure of the reference in section 一', () => {
    expect(text).toContain('截至2022年12月31日');
    expect(text).toMatch(/政务新媒体共445个/);
    expect(text).toMatch(/市级部门单位开设145个/);
    expect(text).toMatch(/街道开设300个/);
    expect(text).toContain('微信公众号313个，微博72个，移动客户端5个，其他类型55个');
    expect(text).toContain('于10月和11月分别开展了单否问题专项检查，12月开展了全面检查');
    expect(text).toMatch(/不合格政务新媒体3个，总体合格率为99\.3%/);
    expect(text).toMatch(/第四季度全省政务新媒体抽查中，我市政务新媒体合格率为100%/);
    expect(text).toMatch(/有166个政务新媒体每次得分均为100分/);
    expect(text).toContain('“宜兴发改(微信公众号)”等30个政务新媒体');
  });

  it('keeps the facts of section 一 in the order of the reference', () => {
    const order = [
      '445个',
      '145个',
      '300个',
      '313个',
      '72个',
      '5个',
      '55个',
      '10月和11月',
      '3个',
      '99.3%',
      '合格率为100%',
      '166个',
      '30个',
    ];
    const section = text.slice(text.indexOf('一、总体情况'), text.indexOf('二、主要做法和成效'));
    let at = -1;
    for (const fact of order) {
      const next = section.indexOf(fact, at + 1);
      expect(next, fact).toBeGreaterThan(at);
      at = next;
    }
  });

  it('carries the highlights with their lead sentences, then the requirements', () => {
    expect(text).toContain('二、主要做法和成效');
    expect(text).toContain('一是健全巡检机制，守牢运行底线。');
    expect(text).toContain('三、下一步工作要求');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,400}一是健全巡检机制/);
  });

  it('attaches the three lists as real tables with every account', () => {
    expect(text).toMatch(/附件：1\.不合格政务新媒体名单/);
    expect(tableRowCounts(bytes)).toEqual([3, 166, 30]);
    expect(text).toContain('宜兴发改');
  });

  it('leaves nothing else behind in the workspace', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('circular stats --quarter 2022Q4 --format json', () => {
  it('prints every docs/workspace.md §6 field, alone on stdout', () => {
    const r = runCli(['stats', '--quarter', '2022Q4', '--workspace', copySample(), '--format', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.period).toBe('2022Q4');
    expect(s.asOf).toBe('2022-12-31');
    expect(s.registered).toEqual({
      total: 445,
      byLevel: { city: 145, district: 300 },
      byType: { 微信公众号: 313, 微博: 72, 移动客户端: 5, 其他: 55 },
      byDistrict: expect.objectContaining({ 市级: 145 }),
    });
    const districts = Object.entries(s.registered.byDistrict as Record<string, number>).filter(
      ([k]) => k !== '市级',
    );
    expect(districts).toHaveLength(8);
    expect(districts.reduce((sum, [, n]) => sum + n, 0)).toBe(300);
    expect(s.checked).toBe(445);
    expect(s.unqualified.count).toBe(3);
    expect(s.unqualified.accounts).toHaveLength(3);
    for (const a of s.unqualified.accounts) {
      expect(a).toEqual(
        expect.objectContaining({
          name: expect.any(String),
          platform: expect.any(String),
          operator: expect.any(String),
          district: expect.any(String),
          label: expect.any(String),
        }),
      );
      expect(a.reasons.length).toBeGreaterThan(0);
    }
    expect(s.qualified).toBe(442);
    expect(s.passRate).toBeCloseTo(442 / 445, 10);
    expect(s.passRateText).toBe('99.3%');
    expect(s.months.map((m: { month: string; kind: string }) => [m.month, m.kind])).toEqual([
      ['2022-10', '单否专项检查'],
      ['2022-11', '单否专项检查'],
      ['2022-12', '全面检查'],
    ]);
    expect(s.perfectScore.count).toBe(166);
    expect(s.perfectScore.accounts).toHaveLength(166);
    expect(s.reposting.count).toBe(30);
    expect(s.reposting.accounts[0].label).toBe('宜兴发改(微信公众号)');
    expect(s.byDistrict).toHaveLength(9);
    expect(s.byDistrict.reduce((n: number, d: { unqualified: number }) => n + d.unqualified, 0)).toBe(3);
    expect(s.provincial).toEqual({ checked: 20, passed: 20, passRate: 1, passRateText: '100%' });
    expect(s.previous).toEqual(
      expect.objectContaining({
        period: '2022Q3',
        passRateText: expect.any(String),
        passRateChange: expect.any(Number),
      }),
    );
  });
});

describe('a broken registry', () => {
  it('gets the cell in the message, exit 1 and no output file', async () => {
    const dir = copySample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'registry.xlsx'));
    const ws = wb.worksheets[0]!;
    // Find the 所属地区 column and put an unknown district into the tenth account's row.
    let headerRow = 0;
    let districtCol = 0;
    ws.eachRow((row, n) => {
      row.eachCell((cell, col) => {
        if (!headerRow && cell.value === '所属地区') {
          headerRow = n;
          districtCol = col;
        }
      });
    });
    const target = ws.getCell(headerRow + 10, districtCol);
    target.value = '西湖区';
    await wb.xlsx.writeFile(join(dir, 'registry.xlsx'));
    const out = join(tempDir(), 'out.docx');
    const r = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry.xlsx');
    expect(r.stderr).toContain(target.address);
    expect(r.stderr).toContain('西湖区');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, OUT_NAME))).toBe(false);

    const v = runCli(['validate', '--workspace', dir, '--format', 'json']);
    expect(v.code).toBe(1);
    const report = JSON.parse(v.stdout);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'REGISTRY_UNKNOWN_DISTRICT',
        severity: 'error',
        file: 'registry.xlsx',
        cell: target.address,
      }),
    );
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
  });
});
