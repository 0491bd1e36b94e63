import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_LEVEL, FULL_MONTHS, RECTIFY_BY, TOWNSHIPS } from '../../scripts/county-sample/plan.js';
import { runCli } from '../helpers/cli.js';
import {
  type Built,
  build,
  chineseDate,
  copyCounty,
  copyCountyWithoutWebsites,
  expectInOrder,
} from '../helpers/county-build.js';
import { changeWords, figuresOf, labelOf, perfectFrom, rateText } from '../helpers/county-figures.js';

/** The figures under their 1-based number, as `（一）安全问题（1个）` then the accounts. */
function monthlyCategoryLines(list: { category: string; accounts: string[] }[]): string[] {
  const numbers = ['一', '二', '三', '四', '五'];
  return list.flatMap((c, i) => [
    `（${numbers[i]}）${c.category}（${c.accounts.length}个）`,
    c.accounts.join('、'),
  ]);
}

/** `stats --format json` of the county sample, parsed. */
function statsJson(
  dir: string,
  args: string[],
): Record<string, unknown> & {
  period: string;
  asOf: string;
  previous: { period: string; passRateChange: number } | null;
  yearOnYear: unknown;
  coverage: { checked: number; sampled: boolean; rateText: string };
  perfectScore: { count: number; accounts: { label: string }[] };
} {
  const r = runCli(['stats', ...args, '--format', 'json', '--workspace', dir]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the county sample, new media only: monthly circular of 2023-06 (a 全面检查 of every account)', () => {
  const f = figuresOf(['2023-06'], ['2023-05']);
  let m: Built;

  beforeAll(async () => {
    m = await build(await copyCountyWithoutWebsites(), ['--month', '2023-06'], '2023-07-06');
  });

  it('names the month and gives its figures against the month before', () => {
    expect(m.code, m.stderr).toBe(0);
    expect(FULL_MONTHS).toContain('2023-06');
    expect(f.sampled).toBe(false);
    expect(m.text).toContain('县政府办公室关于2023年6月全县政务新媒体检查情况的通报');
    expect(m.text).toContain('县政府办公室于6月开展了全面检查。现将检查情况通报如下。');
    const [wechat, weibo, app, other] = f.byType;
    expect(m.text).toContain(
      `截至2023年6月30日，全县政府系统备案在册的政务新媒体共${f.registered}个，其中微信公众号${wechat}个，微博${weibo}个，移动客户端${app}个，其他类型${other}个。`,
    );
    expect(m.text).toContain(
      `本月共检查政务新媒体${f.checked}个，检查率为100%，发现不合格政务新媒体${f.unqualified}个，合格率为${f.passRateText}，较上月${changeWords(f.previous!.change)}。`,
    );
    expect(m.text).toContain(
      `其中，县直部门单位政务新媒体合格率为${f.cityRate}，各乡镇（街道）政务新媒体合格率为${f.districtRate}。${f.fullTownships.join('、')}的政务新媒体检查全部合格。`,
    );
    expect(m.text).not.toContain('去年同期');
  });

  it('lists each category under its own heading, then the unregistered, the re-check and the deadline', () => {
    expect(f.veto.map((c) => c.category)).toEqual(['安全问题', '内容不更新']);
    expectInOrder(m.text, [
      '一、总体情况',
      '二、出现单项否决情形的政务新媒体',
      ...monthlyCategoryLines(f.veto),
      '三、出现扣分情形的政务新媒体',
      ...monthlyCategoryLines(f.deductions),
      `四、检查发现的未备案政务新媒体\n检查中发现${f.unregistered.length}个政务新媒体未在全国政务新媒体信息报送系统备案`,
      ...f.unregistered.map((u) => `${u.operator}开设的“${labelOf(u)}”`),
      '五、上月问题整改情况',
      `对上月通报的不合格政务新媒体进行了复查，已整改到位${f.fixed.length}个，仍未整改到位${f.repeated.length}个：${f.repeated.join('、')}。`,
      `${f.repeated.join('、')}连续两个月检查不合格`,
      '六、下一步工作要求',
      `（三）抓好问题整改。本通报点名的单位要对照问题逐项整改，并于${chineseDate(RECTIFY_BY['2023-06']!)}前将整改情况报送县政府办公室。`,
      '附件：1.不合格政务新媒体名单',
    ]);
    expect(f.repeated).toEqual(['西岭之声(微博)']);
    const problemRows = [...f.veto, ...f.deductions].reduce((n, c) => n + c.accounts.length, 0);
    expect(m.tables).toEqual([f.unqualified, problemRows]);
  });
});

describe('the county sample, new media only: monthly circular of 2023-05 (a sampled 单否专项检查)', () => {
  const f = figuresOf(['2023-05'], ['2023-04']);
  let m: Built;

  beforeAll(async () => {
    m = await build(await copyCountyWithoutWebsites(), ['--month', '2023-05'], '2023-06-05');
  });

  it('says 抽查 and 抽查比例, and leaves out the deductions a 单否专项检查 does not score', () => {
    expect(m.code, m.stderr).toBe(0);
    expect(FULL_MONTHS).not.toContain('2023-05');
    expect(f.sampled).toBe(true);
    expect(f.coverageText).toBe(rateText(f.checked, f.registered));
    expect(m.text).toContain('县政府办公室关于2023年5月全县政务新媒体检查情况的通报');
    expect(m.text).toContain('县政府办公室于5月开展了单否问题专项检查。');
    expect(m.text).toContain(
      `本月共抽查政务新媒体${f.checked}个，抽查比例为${f.coverageText}，发现不合格政务新媒体${f.unqualified}个，合格率为${f.passRateText}，较上月${changeWords(f.previous!.change)}。`,
    );
    expect(f.deductions).toEqual([]);
    expect(m.text).not.toContain('出现扣分情形');
    expect(m.text).not.toContain('未备案政务新媒体');
  });

  it('names one account in two categories, re-checks April and asks for rectification by its date', () => {
    expect(f.veto).toContainEqual({
      category: '互动回应差',
      accounts: ['石门发布(微信公众号)', '西岭之声(微博)'],
    });
    expectInOrder(m.text, [
      '二、出现单项否决情形的政务新媒体',
      ...monthlyCategoryLines(f.veto),
      '三、上月问题整改情况',
      `对上月通报的不合格政务新媒体进行了复查，已整改到位${f.fixed.length}个。`,
      '四、下一步工作要求',
      `并于${chineseDate(RECTIFY_BY['2023-05']!)}前将整改情况报送县政府办公室。`,
    ]);
    expect(f.fixed).toEqual(['青梧水利(微信公众号)', '白沙便民服务(微信公众号)']);
    expect(f.repeated).toEqual([]);
    expect(m.text).not.toContain('连续两个月');
    expect(m.tables[0]).toBe(f.unqualified);
  });
});

describe('the county sample, new media only: half-year circular of 2023H1', () => {
  const months = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'];
  const f = figuresOf(months);
  let h: Built;

  beforeAll(async () => {
    h = await build(await copyCountyWithoutWebsites(), ['--half', '2023H1'], '2023-07-06');
  });

  it('names the half year, each month with its kind and count, the coverage and the rate', () => {
    expect(h.code, h.stderr).toBe(0);
    expect(h.text).toContain('县政府办公室关于2023年上半年全县政务新媒体检查情况的通报');
    expect(h.text).toContain('县政府办公室对2023年上半年全县政务新媒体开展了检查。');
    expect(FULL_MONTHS).toEqual(['2023-03', '2023-06']);
    const kind = (m: number) => (FULL_MONTHS.includes(`2023-0${m}`) ? '全面检查' : '单否问题专项检查');
    const counts = f.perMonth
      .map((p) => `${p.month}月${kind(p.month)}发现不合格${p.unqualified}个`)
      .join('，');
    expect(h.text).toContain(
      `县政府办公室于1月和2月分别开展了单否问题专项检查，3月开展了全面检查，4月和5月分别开展了单否问题专项检查，6月开展了全面检查，其中${counts}，共检查政务新媒体${f.checked}个，检查率为${f.coverageText}，发现不合格政务新媒体${f.unqualified}个，总体合格率为${f.passRateText}。`,
    );
    expect(f.sampled).toBe(false);
    expect(h.text).toContain(
      `其中，县直部门单位政务新媒体合格率为${f.cityRate}，各乡镇（街道）政务新媒体合格率为${f.districtRate}。`,
    );
    // No checks of 2022H2 or 2022H1 in the workspace: no comparison at all.
    expect(h.text).not.toMatch(/较上年下半年|较去年同期/);
  });

  it('gives each township the rate of its own accounts over the six months', () => {
    const sentence = /从各地情况看，([^。]*)。/.exec(h.text)?.[1] ?? '';
    const rates = [...TOWNSHIPS.map((t) => [t, t] as const), ['县直部门', COUNTY_LEVEL] as const];
    for (const [shown, district] of rates) {
      const mine = f.checkedAccounts.filter((a) => a.district === district);
      const bad = mine.filter((a) => f.failing.has(a)).length;
      const at = sentence.indexOf(shown);
      expect(at, shown).toBeGreaterThanOrEqual(0);
      const rate = /合格率为([\d.]+%)/.exec(sentence.slice(at))?.[1];
      expect(rate, shown).toBe(rateText(mine.length - bad, mine.length));
    }
  });

  it('numbers the problems of six months under 存在的主要问题 and asks for rectification by the half-year date', () => {
    const line = (c: { category: string; accounts: string[] }, i: number) =>
      `${i + 1}.${c.category}（${c.accounts.length}个）：${c.accounts.join('、')}。`;
    expectInOrder(h.text, [
      '二、存在的主要问题',
      '（一）单项否决问题。',
      ...f.veto.map(line),
      '（二）扣分问题。',
      ...f.deductions.map(line),
      `（三）瞒报漏报问题。检查中发现${f.unregistered.length}个政务新媒体`,
      '三、下一步工作要求',
      `并于${chineseDate(RECTIFY_BY['2023H1']!)}前将整改情况报送县政府办公室。`,
    ]);
    expect(f.veto.find((c) => c.category === '内容不更新')?.accounts).toHaveLength(6);
    expect(h.text).not.toContain('问题反复出现');
    expect(h.tables[0]).toBe(f.unqualified);
  });
});

describe('the county sample: statistics of months and half years', () => {
  const dir = copyCounty();

  it.each([
    ['--month', '2023-06', '2023-06-30', ['2023-06'], '2023-05', ['2023-05']],
    ['--month', '2023-5', '2023-05-31', ['2023-05'], '2023-04', ['2023-04']],
    [
      '--half',
      '2023h2',
      '2023-12-31',
      ['2023-07'],
      '2023H1',
      ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'],
    ],
  ] as const)(
    '%s %s: its id, end, previous period of the same kind and the always-100 accounts from January',
    (flag, text, asOf, months, previousId, previousMonths) => {
      const s = statsJson(dir, [flag, text]);
      const f = figuresOf(months, previousMonths);
      expect(s.period).toBe(text.toUpperCase().replace(/^(\d{4})-(\d)$/, '$1-0$2'));
      expect(s.asOf).toBe(asOf);
      expect(s.previous?.period).toBe(previousId);
      expect(s.previous?.passRateChange).toBe(f.previous!.change);
      expect(s.yearOnYear).toBeNull();
      expect(s.coverage).toMatchObject({ checked: f.checked, sampled: f.sampled, rateText: f.coverageText });
      expect(s.perfectScore.accounts.map((a) => a.label)).toEqual(perfectFrom(months.at(-1)!));
    },
  );

  it('has no previous period before the first month or half year the workspace holds', () => {
    const jan = statsJson(dir, ['--month', '2023-01']);
    expect(jan.period).toBe('2023-01');
    expect(jan.previous).toBeNull();
    const h1 = statsJson(dir, ['--half', '2023H1']);
    expect(h1.previous).toBeNull();
    expect(h1.perfectScore.accounts.map((a) => a.label)).toEqual(perfectFrom('2023-06'));
    expect(h1.perfectScore.count).toBeGreaterThan(0);
  });

  it('names the month in the text output, with the month before', () => {
    const r = runCli(['stats', '--month', '2023-06', '--workspace', dir]);
    expect(r.code, r.stderr).toBe(0);
    const may = figuresOf(['2023-05']);
    expect(r.stdout).toContain('2023年6月政务新媒体统计（2023-06，截至2023年6月30日）');
    expect(r.stdout).toMatch(new RegExp(`上期\\s+2023-05 合格率 ${may.passRateText.replace('.', '\\.')}`));
  });
});

describe('a monthly template of the workspace with only the two grouped lists and the deadline', () => {
  const f = figuresOf(['2023-06'], ['2023-05']);
  let m: Built;

  beforeAll(async () => {
    const dir = copyCounty();
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(
      join(dir, 'templates', 'monthly.hbs'),
      [
        '【标题】{{issuerShort}}关于{{period.name}}全{{wording.scope}}政务新媒体检查情况的通报',
        '【主送】{{addressees}}',
        '【正文】',
        '{{#if stats.problems.veto.length}}',
        '#、出现单项否决情形的政务新媒体',
        '{{#each stats.problems.veto}}',
        '（#）{{category}}（{{count}}个）',
        '{{labels accounts}}',
        '{{/each}}',
        '{{/if}}',
        '{{#if stats.problems.deductions.length}}',
        '#、出现扣分情形的政务新媒体',
        '{{#each stats.problems.deductions}}',
        '（#）{{category}}（{{count}}个）',
        '{{labels accounts}}',
        '{{/each}}',
        '{{/if}}',
        '{{#if stats.rectifyBy}}对本次检查发现的问题，有关单位要认真整改，整改情况于{{date stats.rectifyBy}}前报{{issuerShort}}。{{/if}}',
        '【署名】{{issuer}}',
        '【日期】{{date date}}',
        '',
      ].join('\n'),
    );
    m = await build(dir, ['--month', '2023-06'], '2023-07-06');
  });

  it('is used instead of the bundled one and writes the two lists, numbered, and the deadline alone', () => {
    expect(m.code, m.stderr).toBe(0);
    const body = m.text.slice(
      m.text.indexOf('各乡镇人民政府、街道办事处，县政府各部门：'),
      m.text.indexOf('青梧县人民政府办公室\n'),
    );
    expect(body.split('\n').filter(Boolean)).toEqual([
      '各乡镇人民政府、街道办事处，县政府各部门：',
      '一、出现单项否决情形的政务新媒体',
      ...monthlyCategoryLines(f.veto),
      '二、出现扣分情形的政务新媒体',
      ...monthlyCategoryLines(f.deductions),
      `对本次检查发现的问题，有关单位要认真整改，整改情况于${chineseDate(RECTIFY_BY['2023-06']!)}前报县政府办公室。`,
    ]);
    expect(f.deductions.map((c) => c.category)).toEqual(['内容更新不及时', '错别字', '功能无法使用']);
    expect(m.text).toContain('县政府办公室关于2023年6月全县政务新媒体检查情况的通报');
    expect(m.tables).toEqual([]);
  });
});

describe('period options on the command line', () => {
  const dir = copyCounty();

  it.each([
    [['--month', '2023-06', '--quarter', '2023Q2'], '--quarter 和 --month 只能选一个'],
    [['--half', '2023H3'], '--half 的写法不对：“2023H3”。应写作 2023H1 或 2023H2'],
    [['--month', '2023-13'], '--month 的写法不对：“2023-13”。应写作 2023-09'],
  ])('build %j is exit 2 with the form to write, and writes nothing', (args, message) => {
    const out = join(dir, 'refused.docx');
    const r = runCli(['build', ...args, '--workspace', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('without --out, saves the circular under its title in the workspace: 全县, and 政府网站与 for its websites', () => {
    const r = runCli(['build', '--half', '2023H1', '--date', '2023-07-06', '--workspace', dir, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, '2023年上半年全县政府网站与政务新媒体检查情况通报.docx'))).toBe(true);
    expect(existsSync(join(dir, '2023年上半年全县政务新媒体检查情况通报.docx'))).toBe(false);
  });

  it('a county without websites: the name of a new-media circular', async () => {
    const plain = await copyCountyWithoutWebsites();
    const r = runCli(['build', '--half', '2023H1', '--date', '2023-07-06', '--workspace', plain, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(plain, '2023年上半年全县政务新媒体检查情况通报.docx'))).toBe(true);
  });

  it('validate and stats take the same options', () => {
    expect(runCli(['validate', '--month', '2023-06', '--half', '2023H1', '--workspace', dir]).code).toBe(2);
    expect(runCli(['stats', '--half', '2023H0', '--workspace', dir]).code).toBe(2);
    const v = runCli(['validate', '--half', '2023H1', '--format', 'json', '--workspace', dir]);
    expect(v.code, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout).summary.errors).toBe(0);
  });
});
