/**
 * Names under `stats.websites` in a template (docs/templates.md, 模板的检查): a misspelt one is an error
 * naming the line and the name meant, whether the workspace has websites or not (then `stats.websites`
 * is null), and under its own nullable parts (`stats.websites.previous` …) too.
 */
import { describe, expect, it, test } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { parsePeriod } from '../../src/domain/period.js';
import { buildCircularDocument } from '../../src/report/build-document.js';
import { TemplateError } from '../../src/report/render-template.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { computeYearStats } from '../../src/stats/compute-year-stats.js';
import type { PeriodStats } from '../../src/stats/types.js';
import { WEBSITES, websiteRecords } from '../helpers/website-records.js';
import { ACCOUNTS, yearRecords } from '../helpers/year-records.js';

const config = defaultConfig();
const quarter = parsePeriod('2022Q4')!;
const year = parsePeriod('2022')!;
const accounts = { config, accounts: ACCOUNTS, records: yearRecords() };
const sites = { websites: { accounts: WEBSITES, records: websiteRecords() } };
const without = computePeriodStats(accounts, quarter);
const withSites = computePeriodStats({ ...accounts, ...sites }, quarter);
// 2022Q3 has website checks, 2022Q2 none: the websites' `previous` of 2022Q3 is null.
const noPrevious = computePeriodStats({ ...accounts, ...sites }, parsePeriod('2022Q3')!);

/** The body text a one-line template gives, or the template error. */
function render(line: string, stats: PeriodStats, period = quarter): string {
  const doc = buildCircularDocument({
    config,
    period,
    stats,
    date: '2023-01-09',
    highlights: null,
    template: {
      file: 'templates/quarterly.hbs',
      text: `【标题】通报\n【正文】\n${line}\n【署名】机关\n【日期】2023年1月9日`,
      overridden: true,
    },
  });
  return doc.body.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.text)).join('\n');
}

function errorOf(line: string, stats: PeriodStats, period = quarter): TemplateError {
  try {
    render(line, stats, period);
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error(`no error for ${line}`);
}

describe('stats.websites in a template', () => {
  it('is null without websites, and a condition on any of its names is simply false', () => {
    expect(without.websites).toBeNull();
    expect(withSites.websites).not.toBeNull();
    expect(noPrevious.websites?.previous).toBeNull();
    const line =
      '{{#if stats.websites.registered.byType.门户网站}}有{{else}}无{{/if}}{{#if stats.websites.problems.veto.length}}有{{else}}无{{/if}}{{#if (isNumber stats.websites.previous.passRateChange)}}有{{else}}无{{/if}}{{#if (hasProblems stats.websites)}}有{{else}}无{{/if}}';
    expect(render(line, without)).toBe('无无无无');
    expect(render(line, withSites)).toBe('有有有有');
  });

  test.each([
    ['stats.websites.registerd.total', 'stats.websites.registerd', 'stats.websites.registered'],
    [
      'stats.websites.registered.byType.门户网',
      'stats.websites.registered.byType.门户网',
      'stats.websites.registered.byType.门户网站',
    ],
    ['stats.websites.coverage.sampeld', 'stats.websites.coverage.sampeld', 'stats.websites.coverage.sampled'],
    ['stats.websites.unqualifed.count', 'stats.websites.unqualifed', 'stats.websites.unqualified'],
    [
      'stats.websites.previous.pasRateChange',
      'stats.websites.previous.pasRateChange',
      'stats.websites.previous.passRateChange',
    ],
    [
      'stats.websites.yearOnYear.passRateChang',
      'stats.websites.yearOnYear.passRateChang',
      'stats.websites.yearOnYear.passRateChange',
    ],
    [
      'stats.websites.followUp.recheck.fixd',
      'stats.websites.followUp.recheck.fixd',
      'stats.websites.followUp.recheck.fixed',
    ],
    ['stats.websites.problem.veto', 'stats.websites.problem', 'stats.websites.problems'],
  ])('without websites, {{#if %s}} is an unknown name (%s) with the one meant', (path, unknown, meant) => {
    const e = errorOf(`{{#if ${path}}}有{{/if}}`, without);
    expect(e.line).toBe(3);
    expect(e.message).toContain('templates/quarterly.hbs 第3行');
    expect(e.message).toContain(`“${unknown}”不存在`);
    expect(e.message).toContain(`是否想写“${meant}”`);
  });

  it('with websites, a misspelling under a part that is null this period is caught too', () => {
    const e = errorOf(
      '{{#if stats.websites.previous.pasRateText}}有{{/if}}',
      noPrevious,
      parsePeriod('2022Q3')!,
    );
    expect(e.message).toContain('“stats.websites.previous.pasRateText”不存在');
    expect(e.message).toContain('是否想写“stats.websites.previous.passRateText”');
  });

  it('a year’s fields are names of a year’s stats.websites only', () => {
    const yearly = computeYearStats(accounts, year);
    expect(render('{{#if stats.websites.trend.passRateChange}}有{{else}}无{{/if}}', yearly, year)).toBe('无');
    const e = errorOf('{{#if stats.websites.trend}}有{{/if}}', without);
    expect(e.message).toContain('“stats.websites.trend”不存在');
    const misspelt = errorOf('{{#if stats.websites.trend.frm}}有{{/if}}', yearly, year);
    expect(misspelt.message).toContain('是否想写“stats.websites.trend.from”');
  });

  it('printing a name of null websites says it has no value, not a blank', () => {
    const e = errorOf('共{{stats.websites.registered.total}}个', without);
    expect(e.message).toContain('第3行');
    expect(e.message).toContain('没有值');
  });
});
