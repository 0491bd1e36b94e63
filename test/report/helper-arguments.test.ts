/** Every template function given the wrong kind of argument: an error naming it, the file, the line and what it takes. */
import { describe, expect, it, test } from 'vitest';
import { renderTemplate, TemplateError } from '../../src/report/render-template.js';
import { helperSpecs } from '../../src/report/template-helpers.js';

const stats = {
  checked: 3,
  months: [{ month: '2022-10', kind: '全面检查', checked: 3, unqualified: 0 }],
  byDistrict: [{ district: '江阴市', checked: 3, passRate: 1, passRateText: '100%' }],
  byLevel: [{ level: 'city', checked: 3, passRateText: '100%' }],
  unqualified: {
    count: 1,
    accounts: [{ name: '宜兴发改', platform: '微信公众号', label: '宜兴发改(微信公众号)' }],
  },
  followUp: { repeated: [], recheck: null },
  previous: null,
};
const period = { id: '2022Q4', quarter: 4, name: '2022年第四季度' };

/** One wrong call per function: `helperSpecs` names them all (checked below). */
const WRONG_CALLS: [name: string, call: string][] = [
  ['quarterName', '{{quarterName 9}}'],
  ['chineseNumber', '{{chineseNumber 1.5}}'],
  ['date', '{{date "2023-13-45"}}'],
  ['month', '{{month 7}}'],
  ['rate', '{{rate stats.unqualified}}'],
  ['label', '{{label stats}}'],
  ['monthsSentence', '{{monthsSentence stats.checked}}'],
  ['change', '{{change "x"}}'],
  ['quarterSentence', '{{quarterSentence stats.months}}'],
  ['countKind', '{{countKind stats.months}}'],
  ['quarterList', '{{quarterList stats.months}}'],
  ['districtRates', '{{districtRates stats.months}}'],
  ['periodName', '{{periodName period.name}}'],
  ['periodWord', '{{periodWord period.name}}'],
  ['previousWord', '{{previousWord "2022Q9"}}'],
  ['labels', '{{labels stats.months}}'],
  ['countOf', '{{countOf stats.checked}}'],
  ['joinList', '{{joinList stats.months}}'],
  ['hasProblems', '{{#if (hasProblems stats.unqualified)}}有{{/if}}'],
  ['hasFollowUp', '{{#if (hasFollowUp stats "true")}}有{{/if}}'],
  ['monthCounts', '{{monthCounts stats.byDistrict}}'],
  ['bothLevels', '{{#if (bothLevels stats)}}有{{/if}}'],
  ['levelRates', '{{levelRates stats.months}}'],
  ['fullDistricts', '{{fullDistricts stats.months}}'],
  ['eq', '{{#if (eq 1)}}有{{/if}}'],
  ['gt', '{{#if (gt stats.unqualified 0)}}有{{/if}}'],
  ['lt', '{{#if (lt "a" 1)}}有{{/if}}'],
  ['and', '{{#if (and stats)}}有{{/if}}'],
  ['or', '{{#if (or stats)}}有{{/if}}'],
  ['not', '{{#if (not)}}有{{/if}}'],
  ['isNumber', '{{#if (isNumber)}}有{{/if}}'],
];

describe('template functions given the wrong kind of argument', () => {
  it('the table has a wrong call for every function the templates may use', () => {
    expect(WRONG_CALLS.map(([name]) => name).sort()).toEqual(Object.keys(helperSpecs(1)).sort());
  });

  test.each(WRONG_CALLS)('%s: %s', (name, call) => {
    let error: unknown;
    try {
      renderTemplate(
        { file: 'templates/quarterly.hbs', text: `第一行\n前文${call}后文`, overridden: true },
        { stats, period },
        1,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const message = (error as TemplateError).message;
    expect(message).toContain('templates/quarterly.hbs 第2行');
    expect(message).toContain(`函数 ${name}`);
    expect(message).toContain(`参数应为${helperSpecs(1)[name]!.expects}`);
    expect(message).not.toMatch(/\[object Object\]|undefined|NaN|第九季度/);
  });
});
