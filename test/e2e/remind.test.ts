import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copySample, runCli } from '../helpers/cli.js';

// 国务院办公厅关于2023年部分节假日安排的通知：春节 1月21日至27日放假调休，1月28日（星期六）、1月29日（星期日）上班.
const SPRING_FESTIVAL_2023 = {
  holidays: [
    '2023-01-21',
    '2023-01-22',
    '2023-01-23',
    '2023-01-24',
    '2023-01-25',
    '2023-01-26',
    '2023-01-27',
  ],
  workdays: ['2023-01-28', '2023-01-29'],
};

/** A copy of the sample whose config also lists the 2023 春节 holiday. */
function sampleWithCalendar(): string {
  const dir = copySample();
  const file = join(dir, 'circular.config.json');
  const config: unknown = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(
    file,
    JSON.stringify({ ...z.record(z.string(), z.unknown()).parse(config), calendar: SPRING_FESTIVAL_2023 }),
  );
  return dir;
}

const account = z.object({
  label: z.string(),
  district: z.string(),
  lastPost: z.string().nullable(),
  lineDate: z.string().nullable(),
  daysSincePost: z.number().nullable(),
  colour: z.enum(['red', 'blue', 'yellow']).nullable(),
  source: z.string().nullable(),
});
const counts = z.object({ accounts: z.number(), red: z.number(), blue: z.number(), yellow: z.number() });
const surveyJson = z.object({
  written: z.string(),
  date: z.string(),
  nextSurvey: z.string(),
  total: counts,
  byDistrict: z.array(counts.extend({ district: z.string() })),
  accounts: z.array(account),
  summary: z.object({ errors: z.number(), warnings: z.number() }),
});

function remind(dir: string, date: string) {
  const r = runCli(['remind', '--workspace', dir, '--date', date, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  const survey = surveyJson.parse(JSON.parse(r.stdout));
  const byLabel = new Map(survey.accounts.map((a) => [a.label, a]));
  return { survey, of: (label: string) => byLabel.get(label) };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('circular remind on the sample workspace', () => {
  const dir = sampleWithCalendar();
  const surveys = new Map<string, ReturnType<typeof remind>>();
  /** One run per date for the colour table. */
  const surveyOf = (date: string) => {
    let run = surveys.get(date);
    if (!run) {
      run = remind(dir, date);
      surveys.set(date, run);
    }
    return run;
  };

  // Each row: the account, its latest post as the updates of that day say, then by hand: the line
  // (post + 14 days) and its colour.
  it.each([
    // Monday 2023-01-09: the next survey day N is Wednesday 01-11, D + 7 = 01-16.
    ['2023-01-09', '无锡税务(微博)', '2022-12-27', '2023-01-10', 'red'], // a working Tuesday before N
    ['2023-01-09', '江阴城管(微信公众号)', '2022-12-28', '2023-01-11', 'red'], // N itself
    ['2023-01-09', '无锡发改(微信公众号)', '2023-01-02', '2023-01-16', 'yellow'], // D + 7
    ['2023-01-09', '无锡发布(微信公众号)', '2023-01-09', '2023-01-23', null],
    // Friday 2023-01-13 before an ordinary weekend: N = Monday 01-16, D + 7 = 01-20.
    ['2023-01-13', '无锡投促(微信公众号)', '2022-12-31', '2023-01-14', 'blue'], // Saturday
    ['2023-01-13', '江阴司法(微信公众号)', '2023-01-01', '2023-01-15', 'blue'], // Sunday
    ['2023-01-13', '无锡发改(微信公众号)', '2023-01-02', '2023-01-16', 'red'], // Monday = N
    ['2023-01-13', '无锡民宗(微信公众号)', '2023-01-06', '2023-01-20', 'yellow'],
    // Friday 2023-01-20, the day before the 春节 holiday: N = Monday 01-30 (every survey weekday of the
    // holiday week is off, the make-up weekend is no survey weekday), D + 7 = 01-27.
    ['2023-01-20', '无锡科技(其他)', '2023-01-07', '2023-01-21', 'blue'], // first day of the holiday
    ['2023-01-20', '无锡民宗(微博)', '2023-01-11', '2023-01-25', 'blue'],
    ['2023-01-20', '无锡发改(微信公众号)', '2023-01-15', '2023-01-29', 'red'], // make-up Sunday, worked
    ['2023-01-20', '无锡教育(微信公众号)', '2023-01-16', '2023-01-30', 'red'], // N
    ['2023-01-20', '无锡发布(微信公众号)', '2023-01-19', '2023-02-02', null],
  ])('on %s colours %s (last post %s, line %s) %s', (date, label, lastPost, line, colour) => {
    const a = surveyOf(date).of(label);
    expect(a).toMatchObject({ lastPost, lineDate: line, colour });
  });

  it('takes the newest date on or before the day from updates/, and names the cell it came from', () => {
    const { survey, of } = remind(dir, '2023-01-13');
    expect(survey.nextSurvey).toBe('2023-01-16');
    // The registry says 2022 at the latest; the 01-09 snapshot (by 备案编号, date in column B) has
    // 2023-01-06, and the 01-13 snapshot the same date: the first source read stays.
    expect(of('无锡民宗(微信公众号)')?.source).toMatch(/^updates\/2023-01-09更新情况\.xlsx 更新情况!B\d+$/);
    expect(of('无锡投促(微信公众号)')?.source).toMatch(/^registry\.xlsx 账号台账!J\d+$/);
    expect(of('无锡民宗(微信公众号)')?.daysSincePost).toBe(7);
    // Dates of the 01-20 snapshot are later than the survey: left out, counted in one warning.
    expect(survey.summary).toEqual({ errors: 0, warnings: 1 });
    expect(survey.total.accounts).toBe(survey.byDistrict.reduce((n, d) => n + d.accounts, 0));
  });

  it('writes the workbook: a summary by district, a sheet per district with filled rows', async () => {
    const { survey } = remind(dir, '2023-01-20');
    expect(survey.written).toBe('提醒/2023-01-20更新提醒.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, survey.written));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      '汇总',
      '市级',
      '江阴市',
      '宜兴市',
      '梁溪区',
      '锡山区',
      '惠山区',
      '滨湖区',
      '新吴区',
      '经济开发区',
    ]);
    // The summary: one row per district under the header (row 3), then the total.
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(3).getCell(3).value).toBe('红色（需立即更新）');
    const cityRow = summary.getRow(4);
    const city = survey.byDistrict[0]!;
    expect([cityRow.getCell(1).value, cityRow.getCell(3).value, cityRow.getCell(4).value]).toEqual([
      '市级',
      city.red,
      city.blue,
    ]);
    const total = summary.getRow(4 + survey.byDistrict.length);
    expect([
      total.getCell(1).value,
      total.getCell(3).value,
      total.getCell(4).value,
      total.getCell(5).value,
    ]).toEqual(['合计', survey.total.red, survey.total.blue, survey.total.yellow]);
    // 市级: red rows first, each filled red; then blue.
    const sheet = wb.getWorksheet('市级')!;
    const rows: { name: unknown; tag: unknown; fill: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n <= 3) return;
      const fill = row.getCell(3).fill;
      rows.push({
        name: row.getCell(3).value,
        tag: row.getCell(2).value,
        fill: fill?.type === 'pattern' ? fill.fgColor?.argb : undefined,
      });
    });
    const coloured = rows.filter((r) => typeof r.tag === 'string' && r.tag !== '');
    expect(coloured).toHaveLength(city.red + city.blue + city.yellow);
    expect(
      coloured.slice(0, city.red).every((r) => r.tag === '红色·需立即更新' && r.fill === 'FFFF9999'),
    ).toBe(true);
    expect(
      coloured.slice(city.red).every((r) => r.tag === '蓝色·休息日需更新' && r.fill === 'FF9DC3E6'),
    ).toBe(true);
    const jiaoyu = rows.find((r) => r.name === '无锡教育');
    expect(jiaoyu?.tag).toBe('红色·需立即更新');
    const kexie = sheet.getRows(4, sheet.rowCount - 3)?.find((row) => row.getCell(3).value === '无锡科技');
    expect(kexie?.values).toEqual(
      expect.arrayContaining(['蓝色·休息日需更新', '无锡科技', '2023-01-07', 13, '2023-01-21（周六）']),
    );
  });

  it('gives the same bytes for the same data, and leaves the inputs untouched', () => {
    const inputs = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.parentPath.includes('提醒'))
      .map((e) => join(e.parentPath, e.name));
    const before = inputs.map(sha);
    const file = join(dir, '提醒', '2023-01-13更新提醒.xlsx');
    remind(dir, '2023-01-13');
    const first = readFileSync(file);
    remind(dir, '2023-01-13');
    expect(Buffer.compare(first, readFileSync(file))).toBe(0);
    expect(inputs.map(sha)).toEqual(before);
  });

  it('prints an aligned summary in Chinese', () => {
    const r = runCli(['remind', '--workspace', dir, '--date', '2023-01-20']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('政务新媒体更新提醒  巡查日期 2023-01-20（周五）');
    expect(lines[1]).toBe('下一巡查日 2023-01-30（周一）；连续 14 天未更新即触及单项否决线');
    const header = lines.find((l) => l.startsWith('地区'))!;
    const total = lines.find((l) => l.startsWith('合计'))!;
    expect(total).toMatch(/^合计\s+\d+\s+\d+\s+\d+\s+0\s+\d+\s+0$/);
    // A CJK character is two columns wide on a terminal: the columns line up.
    const columns = (line: string) =>
      [...line].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
    expect(columns(total)).toBe(columns(header));
    expect(columns(lines.find((l) => l.startsWith('经济开发区'))!)).toBe(columns(header));
    expect(lines).toContain('已生成 提醒/2023-01-20更新提醒.xlsx');
  });
});

describe('circular remind on bad input', () => {
  it('is exit 1 naming the cell when an updates row names no registered account, and writes nothing', () => {
    const dir = copySample();
    const ExcelJSWorkbook = ExcelJS.Workbook;
    const wb = new ExcelJSWorkbook();
    const ws = wb.addWorksheet('更新');
    ws.addRow(['账号名称', '平台类型', '最近更新日期']);
    ws.addRow(['无锡发布', '微信公众号', '2023-01-12']);
    ws.addRow(['无锡不存在', '微博', '2023-01-12']);
    ws.addRow(['无锡发布', '微信公众号', '2023-13-01']);
    return wb.xlsx.writeFile(join(dir, 'updates', '补充.xlsx')).then(() => {
      const r = runCli(['remind', '--workspace', dir, '--date', '2023-01-13', '--format', 'json']);
      expect(r.code).toBe(1);
      const out = z
        .object({
          written: z.null(),
          diagnostics: z.array(z.object({ code: z.string(), file: z.string(), cell: z.string().optional() })),
        })
        .parse(JSON.parse(r.stdout));
      expect(
        out.diagnostics.filter((d) => d.file === 'updates/补充.xlsx').map((d) => [d.code, d.cell]),
      ).toEqual([
        ['CHECK_UNKNOWN_ACCOUNT', 'A3'],
        ['UPDATES_BAD_DATE', 'C4'],
      ]);
      expect(readdirSync(dir)).not.toContain('提醒');
    });
  });

  it.each([
    [['--date', '2023-02-30'], /--date 的写法不对/],
    [['--format', 'xml'], /--format 只能是 text 或 json/],
  ])('is exit 2 for %j', (args, message) => {
    const r = runCli(['remind', '--workspace', copySample(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
