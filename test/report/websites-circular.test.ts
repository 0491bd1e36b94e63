/**
 * The circular of a workspace with government websites (docs/templates.md, 政府网站): each bundled template
 * built from figures the statistics computed, read back as the document's text and attachment rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { type Period, parsePeriod } from '../../src/domain/period.js';
import { buildCircularDocument } from '../../src/report/build-document.js';
import type { CircularDocument } from '../../src/report/document-model.js';
import { defaultTemplateName, loadTemplate } from '../../src/report/render-template.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { computeYearStats } from '../../src/stats/compute-year-stats.js';
import type { PeriodStats } from '../../src/stats/types.js';
import { ROOT } from '../helpers/cli.js';
import { WEBSITES, websiteRecords } from '../helpers/website-records.js';
import { ACCOUNTS, yearRecords } from '../helpers/year-records.js';

const config = defaultConfig();

function statsOf(id: string, withWebsites = true): { period: Period; stats: PeriodStats } {
  const period = parsePeriod(id)!;
  const input = {
    config,
    accounts: ACCOUNTS,
    records: yearRecords(),
    ...(withWebsites ? { websites: { accounts: WEBSITES, records: websiteRecords() } } : {}),
  };
  const stats = period.kind === 'year' ? computeYearStats(input, period) : computePeriodStats(input, period);
  return { period, stats };
}

/** The circular the bundled template of the period's kind makes. */
function circular(id: string, withWebsites = true): CircularDocument {
  const { period, stats } = statsOf(id, withWebsites);
  return buildCircularDocument({
    config,
    period,
    stats,
    date: '2023-01-09',
    highlights: null,
    template: loadTemplate(defaultTemplateName(period)),
  });
}

/** The body as its paragraphs' text, one a line. */
function bodyText(doc: CircularDocument): string[] {
  return doc.body.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.text));
}

const attachment = (doc: CircularDocument, title: string) => {
  const found = doc.attachments.find((a) => a.title === title);
  expect(found, `${title} among ${doc.attachments.map((a) => a.title).join('、')}`).toBeDefined();
  return found!;
};

describe('a quarterly circular with websites', () => {
  const doc = circular('2022Q4');
  const text = bodyText(doc);

  it('is titled for websites and new media, and its opening names both', () => {
    expect(doc.title).toBe('市政府办公室关于2022年第四季度全市政府网站与政务新媒体检查情况的通报');
    expect(text[0]).toContain('市政府办公室对2022年第四季度全市政府网站和政务新媒体开展了检查。');
  });

  it('has in 总体情况 a part for websites (by 网站类型, coverage, unqualified, rate and change) and one for new media', () => {
    expect(text.slice(1, 4)).toEqual([
      '一、总体情况',
      '（一）政府网站检查情况。截至2022年12月31日，全市政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。本季度共检查政府网站4个，检查率为100%，发现不合格政府网站1个，合格率为75.0%，较上季度下降25个百分点。',
      '（二）政务新媒体检查情况。截至2022年12月31日，全市政府系统备案在册的政务新媒体共6个。从开设主体看，市级部门单位开设1个，各市（县）区政府及其所属部门、街道开设5个；从平台类型看，微信公众号3个，微博1个，移动客户端1个，其他类型1个。',
    ]);
    expect(text[4]).toContain(
      '共检查政务新媒体6个，检查率为100%，发现不合格政务新媒体2个，总体合格率为66.7%',
    );
    // The (二) heading's lead sentence is the heading run.
    const part = doc.body[3]!;
    expect('runs' in part && part.runs[0]).toEqual({ text: '（二）政务新媒体检查情况。', style: 'heading2' });
  });

  it('lists the websites’ problems by category, veto then deductions, with the websites named', () => {
    const at = text.indexOf('二、存在的主要问题');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 7)).toEqual([
      '（一）政府网站单项否决问题。以下政府网站出现单项否决情形，判定为不合格（同一网站存在多类问题的，分别列出）。',
      '1.站点无法访问（1个）：无锡市交通运输局网站。',
      '2.首页不更新（1个）：无锡市交通运输局网站。',
      '（二）政府网站扣分问题。以下政府网站存在扣分情形，虽未判定为不合格，但需及时整改。',
      '1.栏目更新不及时（1个）：无锡市教育局网站。',
      '2.错别字（2个）：无锡市教育局网站、无锡营商环境专题网。',
    ]);
  });

  it('asks the websites’ sponsors for their part in 下一步工作要求', () => {
    expect(text).toContain(
      '（二）加强政府网站内容保障。各网站主办单位要对照政府网站检查指标逐项自查，及时更新动态要闻、通知公告、政策文件等栏目，清理空白栏目和错链断链，按时办理网民留言；网站开设、整合、关停等事项按程序报批，并在全国政府网站信息报送系统中及时更新信息。',
    );
  });

  it('attaches the unqualified websites and accounts separately, websites first', () => {
    expect(doc.attachments.map((a) => a.title)).toEqual([
      '不合格政府网站名单',
      '不合格政务新媒体名单',
      '存在问题的政府网站分类清单',
      '存在问题的政务新媒体分类清单',
      '2022年度历次检查均为100分的政务新媒体名单',
    ]);
    const sites = attachment(doc, '不合格政府网站名单');
    expect(sites.columns.map((c) => c.header)).toEqual([
      '序号',
      '网站名称',
      '网站标识码',
      '主办单位',
      '存在问题',
    ]);
    // No 网站标识码 in the registry: a dash, not a blank cell.
    expect(sites.rows).toEqual([
      ['1', '无锡市交通运输局网站', '—', '无锡市交通运输局', '站点无法访问、首页不更新'],
    ]);
    expect(attachment(doc, '不合格政务新媒体名单').rows.map((r) => r[1])).toEqual(['江阴城管', '宜兴发改']);
    const problems = attachment(doc, '存在问题的政府网站分类清单');
    expect(problems.columns.map((c) => c.header)).toEqual([
      '序号',
      '问题类型',
      '问题类别',
      '网站名称',
      '主办单位',
    ]);
    expect(problems.rows).toEqual([
      ['1', '单项否决', '站点无法访问', '无锡市交通运输局网站', '无锡市交通运输局'],
      ['2', '单项否决', '首页不更新', '无锡市交通运输局网站', '无锡市交通运输局'],
      ['3', '扣分', '栏目更新不及时', '无锡市教育局网站', '无锡市教育局'],
      ['4', '扣分', '错别字', '无锡市教育局网站', '无锡市教育局'],
      ['5', '扣分', '错别字', '无锡营商环境专题网', '无锡市发展和改革委员会'],
    ]);
  });

  it('names both in the document’s properties', () => {
    expect(doc.meta.subject).toBe('无锡政府网站与政务新媒体检查情况通报（2022Q4）');
  });
});

describe('the other bundled templates with websites', () => {
  it('monthly: a sampled month says 抽查 and its rate, and its deductions have their own heading', () => {
    const doc = circular('2022-12');
    const text = bodyText(doc);
    expect(doc.title).toBe('市政府办公室关于2022年12月全市政府网站与政务新媒体检查情况的通报');
    expect(text).toContain(
      '（一）政府网站检查情况。截至2022年12月31日，全市政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。本月共抽查政府网站2个，抽查比例为50.0%，未发现不合格政府网站，合格率为100%，较上月提升25个百分点。',
    );
    const at = text.indexOf('二、出现扣分情形的政府网站');
    expect(text.slice(at, at + 5)).toEqual([
      '二、出现扣分情形的政府网站',
      '（一）栏目更新不及时（1个）',
      '无锡市教育局网站',
      '（二）错别字（2个）',
      '无锡市教育局网站、无锡营商环境专题网',
    ]);
    expect(text.some((t) => t.startsWith('（二）政务新媒体检查情况。截至2022年12月31日'))).toBe(true);
    expect(doc.attachments.map((a) => a.title)).not.toContain('不合格政府网站名单');
    expect(doc.attachments.map((a) => a.title)).toContain('存在问题的政府网站分类清单');
  });

  it('half year: the websites’ part and both problem lists', () => {
    const text = bodyText(circular('2022H2'));
    expect(text).toContain(
      '（一）政府网站检查情况。截至2022年12月31日，全市政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。下半年共检查政府网站4个，检查率为100%，发现不合格政府网站1个，合格率为75.0%。',
    );
    expect(text).toContain('1.站点无法访问（1个）：无锡市交通运输局网站。');
  });

  it('yearly: the year’s figures of the websites, and the year’s attachments', () => {
    const doc = circular('2022');
    const text = bodyText(doc);
    expect(doc.title).toBe('市政府办公室关于2022年度全市政府网站与政务新媒体检查情况的通报');
    expect(text).toContain(
      '（一）政府网站检查情况。截至2022年12月31日，全市政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。2022年，累计检查政府网站4个，检查率为100%，发现不合格政府网站1个，全年合格率为75.0%。分季度看，第一季度未开展检查；第二季度未开展检查；第三季度检查政府网站4个，均合格，合格率为100%；第四季度检查4个，不合格1个，合格率为75.0%，较上季度下降25个百分点。',
    );
    expect(doc.attachments.map((a) => a.title)).toContain('2022年度不合格政府网站名单');
    expect(attachment(doc, '2022年度不合格政府网站名单').rows[0]?.[1]).toBe('无锡市交通运输局网站');
  });

  it('a period without website checks says so in the websites’ part', () => {
    const text = bodyText(circular('2022Q2'));
    expect(text).toContain(
      '（一）政府网站检查情况。截至2022年6月30日，全市政府系统正在运行的政府网站共4个，其中门户网站1个，部门网站2个，专项网站1个。本季度未开展政府网站检查。',
    );
  });
});

describe('a workspace without websites', () => {
  it.each(['2022-12', '2022Q4', '2022H2', '2022'])(
    '%s: the circular is the same document as before websites were known',
    (id) => {
      const none = circular(id, false);
      expect(statsOf(id, false).stats.websites).toBeNull();
      // An empty list of websites is no websites.
      const { period } = statsOf(id, false);
      const empty = computePeriodStats(
        { config, accounts: ACCOUNTS, records: yearRecords(), websites: { accounts: [], records: [] } },
        period,
      );
      expect(empty.websites).toBeNull();
      expect(none.title).not.toContain('政府网站');
      const text = bodyText(none);
      expect(text.some((t) => t.includes('政府网站检查情况') || t.includes('政务新媒体检查情况。'))).toBe(
        false,
      );
      expect(text.some((t) => /^（.）政务新媒体(单项否决|扣分)/.test(t))).toBe(false);
      expect(none.attachments.map((a) => a.title).join()).not.toContain('政府网站');
      expect(none.meta.subject).toBe(`无锡政务新媒体检查情况通报（${id}）`);
    },
  );
});

describe('docs/templates.md: the example of a user template’s website part', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8');
  const section = docs.slice(docs.indexOf('### 例子：自己的模板中网站的部分'));
  const [template, written] = [...section.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('writes what the docs say it writes', () => {
    const { period, stats } = statsOf('2022Q4');
    // The example's elisions (……) stand for the rest of a circular: a line of them is left out.
    const body = template!
      .split('\n')
      .filter((l) => l !== '……')
      .join('\n');
    const doc = buildCircularDocument({
      config,
      period,
      stats,
      date: '2023-01-09',
      highlights: null,
      template: {
        file: 'templates/quarterly.hbs',
        text: `【标题】通报\n【正文】\n${body}\n【署名】机关\n【日期】2023年1月9日`,
        overridden: true,
      },
    });
    expect(bodyText(doc)).toEqual(written!.trim().split('\n'));
    expect(doc.attachments.map((a) => a.title)).toEqual(['不合格政府网站名单', '不合格政务新媒体名单']);
  });

  it('a website table in a workspace without websites is an error listing the tables there are', () => {
    const { period, stats } = statsOf('2022Q4', false);
    expect(() =>
      buildCircularDocument({
        config,
        period,
        stats,
        date: '2023-01-09',
        highlights: null,
        template: {
          file: 'templates/quarterly.hbs',
          text: '【标题】通报\n【正文】\n正文\n【附件】websiteUnqualified 名单\n【署名】机关\n【日期】2023年1月9日',
          overridden: true,
        },
      }),
    ).toThrow(
      /第4行：没有名为“websiteUnqualified”的附件表格，可用：unqualified、perfect、reposting、problems/,
    );
  });
});
