/**
 * The county sample as it is: 60 accounts and 20 government websites in one workspace, one combined
 * circular per period with no code touched (docs/workspace.md §11, docs/templates.md). The websites'
 * figures and names are computed from the plan by `county-website-figures.ts`, the accounts' by
 * `county-figures.ts`, and compared with the document's text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  isRegisteredAt,
  RECTIFY_BY,
  SITE_NAMED_BY_ID,
  WEBSITES,
} from '../../scripts/county-sample/plan.js';
import { runCli } from '../helpers/cli.js';
import {
  type Built,
  build,
  chineseDate,
  copyCounty,
  copyCountyWithoutWebsites,
  expectInOrder,
} from '../helpers/county-build.js';
import { changeWords, figuresOf, labelOf } from '../helpers/county-figures.js';
import { reasonsOf, websiteFiguresOf } from '../helpers/county-website-figures.js';

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The websites' 总体情况 paragraph of a circular, from the figures. */
function websiteParagraph(
  w: ReturnType<typeof websiteFiguresOf>,
  asOf: string,
  word: string,
  previousWord?: string,
): string {
  const [portal, department, special] = w.byType;
  const checked = w.sampled
    ? `抽查政府网站${w.checked}个，抽查比例为${w.coverageText}`
    : `检查政府网站${w.checked}个，检查率为${w.coverageText}`;
  const change = previousWord && w.change !== null ? `，较${previousWord}${changeWords(w.change)}` : '';
  return (
    `（一）政府网站检查情况。截至${chineseDate(asOf)}，全县政府系统正在运行的政府网站共${w.registered}个，` +
    `其中门户网站${portal}个，部门网站${department}个，专项网站${special}个。` +
    `${word}共${checked}，发现不合格政府网站${w.unqualified.length}个，合格率为${w.passRateText}${change}。`
  );
}

/** The rows of 不合格政府网站名单 as mammoth reads them: 序号, name, 标识码, 主办单位, 存在问题. */
function unqualifiedTable(w: ReturnType<typeof websiteFiguresOf>, months: readonly string[]): string {
  return w.unqualified
    .map((site, i) => [i + 1, site.name, site.siteId, site.operator, reasonsOf(site, months)].join('\n'))
    .join('\n');
}

describe('the county sample: the plan is a county of 20 websites and 60 accounts', () => {
  it('registers 60 accounts and 19 running websites at the end of June, of 20 in its 网站台账', () => {
    expect(ACCOUNTS.filter((a) => isRegisteredAt(a, '2023-06-30'))).toHaveLength(60);
    expect(WEBSITES).toHaveLength(20);
    expect(websiteFiguresOf(['2023-06']).registered).toBe(19);
  });
});

describe('the county sample: the combined monthly circular of 2023-06', () => {
  const w = websiteFiguresOf(['2023-06'], ['2023-05']);
  const f = figuresOf(['2023-06'], ['2023-05']);
  let m: Built;
  let lines: string[];

  beforeAll(async () => {
    m = await build(copyCounty(), ['--month', '2023-06'], '2023-07-06');
    lines = m.text.split('\n');
  });

  it('is titled for websites and new media, and gives each its part of 总体情况 with its own figures', () => {
    expect(m.code, m.stderr).toBe(0);
    expect(lines[0]).toBe('县政府办公室关于2023年6月全县政府网站与政务新媒体检查情况的通报');
    expect(w.unqualified.map((s) => s.name)).toEqual([
      '青梧县民政局网站',
      '青梧县卫生健康局网站',
      '青梧县应急管理局网站',
      '游青梧旅游网',
    ]);
    expect(lines).toContain(websiteParagraph(w, '2023-06-30', '本月', '上月'));
    const [wechat, weibo, app, other] = f.byType;
    expect(lines).toContain(
      `（二）政务新媒体检查情况。截至2023年6月30日，全县政府系统备案在册的政务新媒体共${f.registered}个，其中微信公众号${wechat}个，微博${weibo}个，移动客户端${app}个，其他类型${other}个。`,
    );
    expect(m.text).toContain(
      `本月共检查政务新媒体${f.checked}个，检查率为100%，发现不合格政务新媒体${f.unqualified}个，合格率为${f.passRateText}，较上月${changeWords(f.previous!.change)}。`,
    );
  });

  it('lists the websites’ veto and deduction categories, then the accounts’, then the re-checks of both', () => {
    const section = (list: { category: string; websites?: string[]; accounts?: string[] }[]) =>
      list.flatMap((c, i) => {
        const names = c.websites ?? c.accounts!;
        return [`（${NUMBERS[i]}）${c.category}（${names.length}个）`, names.join('、')];
      });
    expect(w.veto.map((c) => c.category)).toEqual(['栏目不更新', '严重错误', '互动回应差']);
    expectInOrder(m.text, [
      '一、总体情况',
      '二、出现单项否决情形的政府网站',
      ...section(w.veto),
      '三、出现扣分情形的政府网站',
      ...section(w.deductions),
      '四、出现单项否决情形的政务新媒体',
      ...section(f.veto),
      '五、出现扣分情形的政务新媒体',
      ...section(f.deductions),
      '六、检查发现的未备案政务新媒体',
      '七、上月问题整改情况',
      `对上月通报的不合格政府网站进行了复查，已整改到位${w.fixed.length}个。`,
      `对上月通报的不合格政务新媒体进行了复查，已整改到位${f.fixed.length}个`,
      '八、下一步工作要求',
      '（二）加强政府网站内容保障。',
      `并于${chineseDate(RECTIFY_BY['2023-06']!)}前将整改情况报送县政府办公室。`,
    ]);
    // The website failing on its score alone is unqualified and in no veto category.
    expect(w.veto.flatMap((c) => c.websites)).not.toContain('青梧县民政局网站');
    expect(w.fixed).toEqual(['青梧县住房和城乡建设局网站', '青梧县医疗保障局网站']);
  });

  it('attaches the unqualified websites and accounts separately, the websites with 标识码 and 主办单位', () => {
    expectInOrder(m.text, [
      '附件：1.不合格政府网站名单\n2.不合格政务新媒体名单\n3.存在问题的政府网站分类清单\n4.存在问题的政务新媒体分类清单',
      `附件1\n不合格政府网站名单\n序号\n网站名称\n网站标识码\n主办单位\n存在问题\n${unqualifiedTable(w, ['2023-06'])}\n附件2\n不合格政务新媒体名单`,
    ]);
    expect(m.text).toContain('得分76分，低于合格线80分');
    const problemRows =
      w.veto.reduce((n, c) => n + c.websites.length, 0) +
      w.deductions.reduce((n, c) => n + c.websites.length, 0);
    const accountProblemRows =
      f.veto.reduce((n, c) => n + c.accounts.length, 0) +
      f.deductions.reduce((n, c) => n + c.accounts.length, 0);
    expect(m.tables).toEqual([w.unqualified.length, f.unqualified, problemRows, accountProblemRows]);
  });
});

describe('the county sample: the combined circular of the sampled month 2023-05', () => {
  const w = websiteFiguresOf(['2023-05'], ['2023-04']);
  let m: Built;
  beforeAll(async () => {
    m = await build(copyCounty(), ['--month', '2023-05'], '2023-06-05');
  });

  it('says 抽查 and 抽查比例 for the ten websites, without a change against April (no website checks)', () => {
    expect(m.code, m.stderr).toBe(0);
    expect(w.sampled).toBe(true);
    expect(w.checked).toBe(10);
    expect(m.text.split('\n')).toContain(websiteParagraph(w, '2023-05-31', '本月'));
    expect(m.text).toContain(
      '二、出现单项否决情形的政府网站\n（一）首页不更新（1个）\n青梧县医疗保障局网站\n（二）互动回应差（1个）\n青梧县住房和城乡建设局网站',
    );
    expect(m.text).not.toContain('出现扣分情形的政府网站');
  });
});

describe('the county sample: the combined quarterly and half-year circulars', () => {
  it('2023Q2: the websites of May and June against March, the one failing twice, the re-check of March', async () => {
    const w = websiteFiguresOf(['2023-04', '2023-05', '2023-06'], ['2023-01', '2023-02', '2023-03']);
    const q = await build(copyCounty(), ['--quarter', '2023Q2'], '2023-07-06');
    expect(q.code, q.stderr).toBe(0);
    expect(q.text.split('\n')).toContain(websiteParagraph(w, '2023-06-30', '本季度', '上季度'));
    expect(w.repeated).toEqual(['青梧县医疗保障局网站']);
    expect(w.stillFailing).toEqual(['青梧县医疗保障局网站']);
    expect(w.fixed).toEqual(['青梧县统计局网站']);
    expectInOrder(q.text, [
      '二、存在的主要问题',
      '（一）政府网站单项否决问题。',
      ...w.veto.map((c, i) => `${i + 1}.${c.category}（${c.websites.length}个）：${c.websites.join('、')}。`),
      '（二）政府网站扣分问题。',
      ...w.deductions.map(
        (c, i) => `${i + 1}.${c.category}（${c.websites.length}个）：${c.websites.join('、')}。`,
      ),
      '（三）政务新媒体单项否决问题。',
      `政府网站问题反复出现。${w.repeated.join('、')}连续两期检查不合格，整改不到位。`,
      // 柳湾古镇网, unqualified in March and closed in April, is not counted as not re-checked.
      `政府网站上期问题整改情况。对上期通报的不合格政府网站进行了复查，已整改到位1个，仍未整改到位1个：青梧县医疗保障局网站。`,
      '政务新媒体上期问题整改情况。',
    ]);
    expect(q.text).toContain(
      `附件1\n不合格政府网站名单\n序号\n网站名称\n网站标识码\n主办单位\n存在问题\n${unqualifiedTable(w, ['2023-05', '2023-06'])}\n附件2`,
    );
  });

  it('2023H1: every website checked over six months, seven unqualified, the closed one left out', async () => {
    const months = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'];
    const w = websiteFiguresOf(months);
    const h = await build(copyCounty(), ['--half', '2023H1'], '2023-07-06');
    expect(h.code, h.stderr).toBe(0);
    expect(h.text.split('\n')).toContain(websiteParagraph(w, '2023-06-30', '上半年'));
    expect(w.unqualified).toHaveLength(7);
    expect(h.text).not.toContain('柳湾古镇网');
    expect(h.text).toContain(
      `附件1\n不合格政府网站名单\n序号\n网站名称\n网站标识码\n主办单位\n存在问题\n${unqualifiedTable(w, months)}\n附件2`,
    );
    expect(h.text).toContain(`并于${chineseDate(RECTIFY_BY['2023H1']!)}前将整改情况报送县政府办公室。`);
  });
});

describe('the county sample: the combined yearly circular of 2023', () => {
  it('gives the websites’ year and each quarter’s websites, Q2 against Q1, and no check in Q3 and Q4', async () => {
    const quarter = (q: number) =>
      websiteFiguresOf([1, 2, 3].map((m) => `2023-${String((q - 1) * 3 + m).padStart(2, '0')}`));
    const [q1, q2] = [quarter(1), quarter(2)];
    const y = await build(copyCounty(), ['--year', '2023'], '2024-01-10');
    expect(y.code, y.stderr).toBe(0);
    const change = Math.round((q2.shownRate - q1.shownRate) * 10) / 10;
    expect(y.text).toContain(
      `分季度看，第一季度检查政府网站${q1.checked}个，不合格${q1.unqualified.length}个，合格率为${q1.passRateText}；` +
        `第二季度检查${q2.checked}个，不合格${q2.unqualified.length}个，合格率为${q2.passRateText}，较上季度${changeWords(change)}；` +
        '第三季度未开展检查；第四季度未开展检查。',
    );
  });
});

describe('the county sample: stats as text', () => {
  it('gives the websites’ figures after the accounts’, and the county’s own words for its two levels', () => {
    const r = runCli(['stats', '--month', '2023-06', '--workspace', copyCounty(), '-q']);
    expect(r.code, r.stderr).toBe(0);
    const w = websiteFiguresOf(['2023-06'], ['2023-05']);
    const f = figuresOf(['2023-06']);
    const lines = r.stdout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const registered = ACCOUNTS.filter((a) => isRegisteredAt(a, '2023-06-30'));
    const county = registered.filter((a) => a.district === '市级');
    expect(lines).toContain(
      `已备案 ${f.registered} 个：县直部门单位 ${county.length}，各乡镇（街道） ${registered.length - county.length}`,
    );
    expectInOrder(lines.join('\n'), [
      '政府网站（截至2023年6月30日）',
      `在运行 ${w.registered} 个：门户网站 ${w.byType[0]}，部门网站 ${w.byType[1]}，专项网站 ${w.byType[2]}`,
      `6月 全面检查：检查 ${w.checked} 个，不合格 ${w.unqualified.length} 个`,
      `合格率 ${w.passRateText}（检查 ${w.checked} 个，合格 ${w.checked - w.unqualified.length} 个，不合格 ${w.unqualified.length} 个）`,
      `上期 2023-05 合格率 80.0%，本期${changeWords(w.change!)}`,
      '不合格政府网站：',
      ...w.unqualified.map((site, i) => `${i + 1}. ${site.name} ${site.siteId} ${site.operator}`),
    ]);
    const countyFailed = f.unqualifiedAccounts.filter((a) => a.district === '市级').length;
    expect(lines).toContain(
      `县直部门 已备案 ${county.length} 检查 ${county.length} 不合格 ${countyFailed} 合格率 ${f.cityRate}`,
    );
  });
});

describe('the county sample: stats --format json with its websites', () => {
  function stats(dir: string, args: string[]) {
    const r = runCli(['stats', ...args, '--format', 'json', '--workspace', dir]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }

  it('the accounts’ figures are those of the same county without its websites, for every kind of period', async () => {
    const full = copyCounty();
    const accountsOnly = await copyCountyWithoutWebsites();
    for (const args of [
      ['--month', '2023-06'],
      ['--quarter', '2023Q2'],
      ['--half', '2023H1'],
    ]) {
      const { websites, ...accounts } = stats(full, args);
      const { websites: none, ...before } = stats(accountsOnly, args);
      expect(none).toBeNull();
      expect(websites).not.toBeNull();
      expect(accounts).toEqual(before);
    }
  });

  it('websites by 网站类型 and level, the one named by 标识码 matched, the score below 80 a failure', () => {
    const json = stats(copyCounty(), ['--month', '2023-06']);
    const w = websiteFiguresOf(['2023-06'], ['2023-05']);
    expect(json.websites.registered).toMatchObject({
      total: w.registered,
      byType: { 门户网站: w.byType[0], 部门网站: w.byType[1], 专项网站: w.byType[2] },
      byLevel: { city: 18, district: 1 },
    });
    expect(json.websites.registered.byDistrict.西岭镇).toBe(1);
    const byId = WEBSITES.find((s) => s.name === SITE_NAMED_BY_ID)!;
    expect(json.websites.coverage.checked).toBe(w.checked);
    expect(w.rows.some((r) => r.website === byId && r.byIdOnly)).toBe(true);
    expect(json.websites.unqualified.accounts.map((a: { label: string }) => a.label)).toEqual(
      w.unqualified.map((s) => s.name),
    );
    expect(json.websites.unqualified.accounts[0]).toMatchObject({
      siteId: '3611230004',
      siteType: '部门网站',
      reasons: ['得分76分，低于合格线80分'],
    });
    expect(json.websites.previous).toMatchObject({ period: '2023-05', checked: 10, unqualified: 2 });
    expect(json.websites.previous.passRateChange).toBe(w.change);
    // No account is a website and no website an account.
    expect(json.unqualified.accounts.map((a: { label: string }) => a.label)).toEqual(
      figuresOf(['2023-06']).unqualifiedAccounts.map(labelOf),
    );
  });

  it('2023Q2: the re-check of March leaves out the website closed since (柳湾古镇网)', () => {
    const json = stats(copyCounty(), ['--quarter', '2023Q2']);
    const recheck = json.websites.followUp.recheck;
    const names = (list: { accounts: { label: string }[] }) => list.accounts.map((a) => a.label);
    expect(names(recheck.fixed)).toEqual(['青梧县统计局网站']);
    expect(names(recheck.stillFailing)).toEqual(['青梧县医疗保障局网站']);
    expect(recheck.notRechecked).toEqual({ count: 0, accounts: [] });
    expect(json.websites.previous.unqualified).toBe(3);
  });
});
