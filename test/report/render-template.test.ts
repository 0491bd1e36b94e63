import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test, vi } from 'vitest';
import { withoutSentinels } from '../../src/report/literal-text.js';
import { NULLABLE_SHAPES } from '../../src/report/null-shapes.js';
import {
  loadTemplate,
  MAX_RENDERED_CHARS,
  renderTemplate,
  TemplateError,
} from '../../src/report/render-template.js';
import { tempDir } from '../helpers/cli.js';

const source = (text: string) => ({ file: 'templates/quarterly.hbs', text, overridden: true });

describe('renderTemplate', () => {
  it('fills fields and helpers without HTML escaping', () => {
    const text = renderTemplate(
      source('{{quarterName q}} {{rate r}} {{name}}'),
      { q: 4, r: 442 / 445, name: 'A&B "x"' },
      1,
    );
    expect(withoutSentinels(text)).toBe('第四季度 99.3% A&B "x"');
  });

  it('reports a field that does not exist with the file and line, not a blank', () => {
    try {
      renderTemplate(source('第一行\n第二行{{stats.checkd}}'), { stats: { checked: 1 } }, 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      const message = (e as TemplateError).message;
      expect(message).toContain('templates/quarterly.hbs');
      expect(message).toContain('第2行');
      expect(message).toContain('checkd');
    }
  });

  it('reports a syntax error with its line', () => {
    expect(() => renderTemplate(source('a\nb\n{{#if x}}c'), { x: true }, 1)).toThrow(
      /第\d+行.*语法|块标记|模板/,
    );
  });

  it('gives no access to prototypes', () => {
    expect(() => renderTemplate(source('{{constructor.name}}'), {}, 1)).toThrow(TemplateError);
    // A prototype's name is no field: an error naming it and the line, never its content.
    expect(() =>
      renderTemplate(source('a\n{{#with o}}{{__proto__}}{{/with}}'), { o: { __proto__: { secret: 1 } } }, 1),
    ).toThrow(/第2行.*__proto__.*不存在/);
  });

  it('prefers the workspace copy of a template over the bundled one', () => {
    const dir = tempDir();
    expect(loadTemplate('quarterly.hbs', dir).overridden).toBe(false);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'quarterly.hbs'), '【标题】自定义');
    const own = loadTemplate('quarterly.hbs', dir);
    expect(own.overridden).toBe(true);
    expect(own.text).toBe('【标题】自定义');
  });
});

/** The message a template gives, or '' when it renders. */
function failure(text: string, data: Record<string, unknown> = {}): string {
  try {
    renderTemplate(source(text), data, 1);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return (e as TemplateError).message;
  }
}

const stats = {
  checked: 3,
  months: [{ month: '2022-10', kind: '全面检查', checked: 3, unqualified: 0 }],
  byDistrict: [{ district: '江阴市', checked: 3, passRate: 1, passRateText: '100%' }],
  unqualified: {
    count: 1,
    accounts: [{ name: '宜兴发改', platform: '微信公众号', label: '宜兴发改(微信公众号)' }],
  },
  previous: null,
};

describe('renderTemplate: nothing fails silently', () => {
  test.each([
    ['a condition', '第一行\n{{#if stats.checkd}}有{{/if}}', 2, 'stats.checkd'],
    ['an unless', '{{#unless stats.checkd}}无{{/unless}}', 1, 'stats.checkd'],
    ['a list', '\n\n{{#each stats.monts}}{{/each}}', 3, 'stats.monts'],
    ['a function argument', '{{districtRates stats.byDistrct}}', 1, 'stats.byDistrct'],
    ['a nested argument', '{{#if (gt stats.chekced 0)}}x{{/if}}', 1, 'stats.chekced'],
    ['a name in a list', '{{#each stats.months}}\n{{monht}}{{/each}}', 2, 'monht'],
    ['a parent name', '{{#each stats.months}}{{../stats.chekd}}{{/each}}', 1, 'stats.chekd'],
    ['a block parameter', '{{#each stats.months as |m|}}{{m.knd}}{{/each}}', 1, 'm.knd'],
    ['a section', '{{#stats.chekd}}x{{/stats.chekd}}', 1, 'stats.chekd'],
    ['a prototype name', '{{#if stats.constructor}}x{{/if}}', 1, 'stats.constructor'],
    ['lookup', '{{lookup stats "chekd"}}', 1, 'chekd'],
  ])('an unknown name in %s is an error naming it and the line', (_, text, line, name) => {
    const message = failure(text, { stats });
    expect(message).toContain(`第${line}行`);
    expect(message).toContain(`“${name}”不存在`);
  });

  it('suggests the name meant', () => {
    expect(failure('{{#if stats.checkd}}{{/if}}', { stats })).toContain('是否想写“stats.checked”');
  });

  test.each([
    ['{{quarterName 9}}', '第九季度'],
    ['{{quarterName period.quarter}}', '第NaN季度'],
    ['{{quarterName "x"}}', '第NaN季度'],
    ['{{chineseNumber 1.5}}', '1.5'],
    ['{{date "2023-13-45"}}', '13月'],
    ['{{month 7}}', '7'],
    ['{{label stats}}', 'undefined'],
    ['{{monthsSentence stats.checked}}', ''],
    ['{{districtRates stats.months}}', 'undefined'],
    ['{{change "x"}}', ''],
    ['{{countKind stats.months}}', '0'],
    ['{{quarterName 1 2}}', ''],
    ['{{#if (gt stats.unqualified 0)}}x{{/if}}', ''],
  ])('a function given wrong arguments, %s, is an error with the line and usage', (call) => {
    const message = failure(`第一行\n${call}`, { stats, period: { quarter: null } });
    expect(message).toContain('第2行');
    expect(message).toMatch(/参数应为.+写法如 /);
  });

  test.each([
    ['{{stats.months}}', '是一个列表'],
    ['{{stats.unqualified}}', '是一组数据'],
    ['{{stats.previous}}', '没有值'],
    ['{{eq 1 1}}', '是一个条件'],
    ['{{stats.previous.passRateText}}', '没有值'],
  ])('printing %s is an error, never [object Object], undefined or true', (expression, reason) => {
    const message = failure(`x\n${expression}`, { stats });
    expect(message).toContain('第2行');
    expect(message).toContain(reason);
  });

  test.each([
    ['{{date}}', 'date', '2023-01-09'],
    ['{{#each stats.months}}{{month}}{{/each}}', 'month', '2022-10'],
    ['{{#each stats.unqualified.accounts}}{{label}}{{/each}}', 'label', '宜兴发改(微信公众号)'],
  ])('a bare name that is also a function, %s, is the data', (text, _, printed) => {
    const out = renderTemplate(source(text), { stats, date: '2023-01-09' }, 1);
    expect(withoutSentinels(out)).toBe(printed);
  });

  it('a bare function name without such data says how to call the function', () => {
    const message = failure('{{quarterName}}', { stats });
    expect(message).toContain('“quarterName”不存在');
    expect(message).toContain('{{quarterName period.quarter}}');
  });

  test.each([
    ['{{> header}}', '局部模板'],
    ['{{#*inline "x"}}{{> x}}{{/inline}}{{> x}}', '不支持'],
    ['{{nosuch 1}}', '没有名为“nosuch”的函数'],
    ['{{#eq 1 1}}x{{/eq}}', '不能用作块'],
    ['{{#if}}x{{/if}}', '要写一个条件'],
    ['{{@foo}}', '没有 @foo'],
    ['{{quarterName 4 x=1}}', '不接受'],
    ['第一行\n{{#if x}}', '语法'],
  ])('%s is an error in Chinese with its line', (text, reason) => {
    const message = failure(text, { stats, x: true });
    expect(message).toMatch(/第\d+行/);
    expect(message).toContain(reason);
  });

  it('refuses a character a .docx cannot hold in the template, naming the line', () => {
    expect(failure('a\nb\uFFFEc')).toMatch(/第2行.*U\+FFFE/);
    expect(failure('\u0007')).toMatch(/第1行.*U\+0007/);
    expect(failure('x\ufdd0')).toMatch(/第1行.*非字符/);
  });

  it('sends {{log}} to the caller, never to the terminal', () => {
    const logged: string[] = [];
    const write = vi.spyOn(process.stdout, 'write');
    const out = renderTemplate(source('a\n{{log "检查" stats.checked}}b'), { stats }, 1, undefined, {
      onLog: (m) => logged.push(m),
    });
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
    expect(withoutSentinels(out)).toBe('a\nb');
    expect(logged).toEqual(['第2行 {{log}}：检查 3']);
  });

  it('refuses a template that writes more than the limit, saying so', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const message = failure('{{#each rows}}{{#each ../rows}}0123456789{{/each}}{{/each}}', { rows });
    expect(message).toContain(`超过 ${MAX_RENDERED_CHARS / 10_000} 万字`);
    expect(message).toContain('第1行');
  });
});

describe('a name under a value that is null in this period (stats.previous without a previous period)', () => {
  const render = (text: string) =>
    renderTemplate(source(text), { stats }, 1, undefined, { nullShapes: NULLABLE_SHAPES });

  test.each([
    '{{#if stats.previous.passRateChange}}有{{else}}无{{/if}}',
    '{{#if (isNumber stats.previous.passRateChange)}}有{{else}}无{{/if}}',
    '{{#if @root.stats.previous.checked}}有{{else}}无{{/if}}',
  ])('%s is no error: the name is one previous has', (text) => {
    expect(withoutSentinels(render(text))).toBe('无');
  });

  test.each([
    [
      '{{#if stats.previous.pasRateChange}}有{{/if}}',
      'stats.previous.pasRateChange',
      'stats.previous.passRateChange',
    ],
    [
      '{{#if (isNumber stats.previous.chekced)}}有{{/if}}',
      'stats.previous.chekced',
      'stats.previous.checked',
    ],
  ])('a misspelling, %s, is still an unknown name with the one meant', (text, name, meant) => {
    let message = '';
    try {
      render(`第一行\n${text}`);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      message = (e as TemplateError).message;
    }
    expect(message).toContain('第2行');
    expect(message).toContain(`“${name}”不存在`);
    expect(message).toContain(`是否想写“${meant}”`);
  });
});
