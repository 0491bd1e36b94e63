import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { parseYear } from '../../src/domain/period.js';
import { buildCircularDocument, type CircularInput } from '../../src/report/build-document.js';
import type { CircularDocument } from '../../src/report/document-model.js';
import { loadTemplate, TemplateError } from '../../src/report/render-template.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { computeYearStats } from '../../src/stats/compute-year-stats.js';
import type { PeriodStats, YearStats } from '../../src/stats/types.js';
import { ACCOUNTS, ACTIVE, check, yearRecords } from '../helpers/year-records.js';

const year = parseYear('2022')!;
// The part-one yearly circular: the part-two sections are switched off, as in the reference sample.
const config = parseConfig({
  provincial: { '2022': { checked: 20, passed: 19 } },
  sections: {
    coverage: false,
    monthCounts: false,
    levels: false,
    problems: false,
    unregistered: false,
    followUp: false,
    rectification: false,
    problemsTable: false,
  },
});

/** The hand-built year with Q3 checked too (all pass), so the quarters rise and then fall. */
function yearStats(): YearStats {
  const records = [...yearRecords(), ...ACTIVE.map((a) => check(a, '2022-08', '单否专项检查'))];
  return computeYearStats({ config, accounts: ACCOUNTS, records }, year);
}

function input(
  stats: PeriodStats,
  highlights: string[] | null = ['**一是健全巡检机制。**每周普查。'],
): CircularInput {
  return {
    config,
    period: year,
    stats,
    date: '2023-01-20',
    highlights,
    template: loadTemplate('yearly.hbs'),
  };
}

function bodyText(doc: CircularDocument): string {
  return doc.body
    .map((b) => (b.type === 'heading1' ? b.text : b.runs.map((r) => r.text).join('')))
    .join('\n');
}

describe('templates/yearly.hbs', () => {
  const stats = yearStats();
  const doc = buildCircularDocument(input(stats));
  const text = bodyText(doc);

  it('renders in strict mode with the year in the title', () => {
    expect(doc.title).toBe('市政府办公室关于2022年度全市政务新媒体检查情况的通报');
    expect(doc.issuer).toBe('无锡市人民政府办公室');
    expect(doc.dateText).toBe('2023年1月20日');
  });

  it('states the registered accounts at year end and their breakdowns', () => {
    expect(text).toContain('截至2022年12月31日，全市政府系统备案在册的政务新媒体共6个');
    expect(text).toContain('市级部门单位开设1个，各市（县）区政府及其所属部门、街道开设5个');
    expect(text).toContain('微信公众号3个，微博1个，移动客户端1个，其他类型1个');
  });

  it('gives the year’s checks and rate, and the provincial spot check', () => {
    expect(text).toContain('共组织开展政务新媒体检查5次，其中单否问题专项检查3次、全面检查2次');
    expect(text).toContain('累计检查政务新媒体6个，发现不合格政务新媒体2个，全年合格率为66.7%');
    expect(text).toContain('全省政务新媒体抽查中，我市政务新媒体合格率为95.0%');
  });

  it('words each quarter’s rate with its change in percentage points', () => {
    expect(text).toContain('第一季度检查政务新媒体7个，不合格2个，合格率为71.4%');
    expect(text).toContain('第二季度检查7个，不合格1个，合格率为85.7%，较上季度提升14.3个百分点');
    expect(text).toContain('第三季度检查6个，均合格，合格率为100%，较上季度提升14.3个百分点');
    expect(text).toContain('第四季度检查6个，不合格2个，合格率为66.7%，较上季度下降33.3个百分点');
    expect(text).toContain('第四季度合格率较第一季度下降4.7个百分点');
  });

  it('ranks the districts with 市级 last, and names the 重点关注 and always-100 counts', () => {
    expect(text).toContain(
      '从各地全年情况看，梁溪区、滨湖区合格率为100%，江阴市、宜兴市合格率为0.0%，市级部门合格率为100%。',
    );
    expect(text).toContain('全年有1个政务新媒体在两个及以上季度的检查中不合格，列为重点关注对象');
    expect(text).toContain('有4个政务新媒体每次得分均为100分');
  });

  it('carries the highlights and numbers the sections after them', () => {
    expect(text).toContain('二、主要做法和成效');
    expect(text).toContain('三、下一步工作要求');
    const without = bodyText(buildCircularDocument(input(stats, null)));
    expect(without).not.toContain('主要做法和成效');
    expect(without).toContain('二、下一步工作要求');
  });

  it('attaches the quarters table, the 重点关注 list, the unqualified and the always-100 lists', () => {
    expect(doc.attachments.map((a) => a.title)).toEqual([
      '2022年度各季度政务新媒体检查情况',
      '2022年度重点关注政务新媒体名单',
      '2022年度不合格政务新媒体名单',
      '2022年度历次检查均为100分的政务新媒体名单',
    ]);
    const [quarters, focus] = doc.attachments;
    expect(quarters!.columns.reduce((sum, c) => sum + c.width, 0)).toBe(8845);
    expect(quarters!.rows).toEqual([
      ['第一季度', '7', '7', '2', '71.4%', '—'],
      ['第二季度', '7', '7', '1', '85.7%', '提升14.3个百分点'],
      ['第三季度', '6', '6', '0', '100%', '提升14.3个百分点'],
      ['第四季度', '6', '6', '2', '66.7%', '下降33.3个百分点'],
    ]);
    expect(focus!.columns.reduce((sum, c) => sum + c.width, 0)).toBe(8845);
    expect(focus!.columns.map((c) => c.header)).toEqual([
      '序号',
      '政务新媒体名称',
      '平台类型',
      '开设主体',
      '不合格季度',
      '存在问题',
    ]);
    expect(focus!.rows).toEqual([
      ['1', '江阴城管', '微博', '江阴城管单位', '第一、四季度', '内容不更新；互动回应差'],
    ]);
  });

  it('compares the year with the year before when its data is there', () => {
    const records = [...ACTIVE.map((a) => check(a, '2021-06', '单否专项检查')), ...yearRecords()];
    const withPrevious = computeYearStats({ config, accounts: ACCOUNTS, records }, year);
    // 2021: 7 registered at its end, 6 checked, all passed → 100%; 2022: 66.7%.
    expect(bodyText(buildCircularDocument(input(withPrevious)))).toContain(
      '全年合格率为66.7%，较上年下降33.3个百分点。',
    );
    expect(text).toMatch(/全年合格率为66\.7%。/);
  });

  it('says 持平 when the last quarter’s rate equals the first one’s', () => {
    const records = [
      ...ACTIVE.map((a) => check(a, '2022-02', '单否专项检查')),
      ...ACTIVE.map((a) => check(a, '2022-11', '单否专项检查')),
    ];
    const flat = computeYearStats({ config, accounts: ACCOUNTS, records }, year);
    expect(bodyText(buildCircularDocument(input(flat)))).toContain('；第四季度合格率较第一季度持平。');
  });

  it('says so when the year had no checks, and attaches nothing', () => {
    const empty = computeYearStats({ config, accounts: ACCOUNTS, records: [] }, year);
    const d = buildCircularDocument(input(empty));
    expect(bodyText(d)).toContain('2022年度未开展检查。');
    expect(bodyText(d)).not.toContain('分季度看');
    expect(d.attachments).toEqual([]);
  });

  it('marks a quarter without checks in the table', () => {
    const stats2 = computeYearStats({ config, accounts: ACCOUNTS, records: yearRecords() }, year);
    const quarters = buildCircularDocument(input(stats2)).attachments[0]!;
    expect(quarters.rows[2]).toEqual(['第三季度', '6', '未检查', '—', '—', '—']);
  });

  it('refuses the yearly tables for a quarter’s statistics, naming the tables there are', () => {
    const quarterStats = computePeriodStats({ config, accounts: ACCOUNTS, records: yearRecords() }, year);
    const source = {
      file: 'templates/quarterly.hbs',
      overridden: true,
      text: '【标题】t\n【正文】\n正文\n【附件】focus 名单\n【署名】s\n【日期】d',
    };
    try {
      buildCircularDocument({ ...input(quarterStats), template: source });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      expect((e as Error).message).toContain(
        '没有名为“focus”的附件表格，可用：unqualified、perfect、reposting',
      );
    }
  });
});
