import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { parseQuarter } from '../../src/domain/period.js';
import { buildCircularDocument } from '../../src/report/build-document.js';
import { TemplateError } from '../../src/report/render-template.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { ACCOUNTS, yearRecords } from '../helpers/year-records.js';

const config = defaultConfig();
const period = parseQuarter('2022Q4')!;
const stats = computePeriodStats({ config, accounts: ACCOUNTS, records: yearRecords() }, period);

/** The circular a workspace template of this text makes. */
function buildText(text: string) {
  return buildCircularDocument({
    config,
    period,
    stats,
    date: '2023-01-09',
    highlights: null,
    template: { file: 'templates/quarterly.hbs', text, overridden: true },
  });
}

function build(attachment: string) {
  return buildText(`【标题】通报\n【正文】\n正文\n${attachment}\n【署名】机关\n【日期】2023年1月9日`);
}

describe('buildCircularDocument: attachment codes', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'nosuch'])(
    '【附件】%s is an error naming the line and the valid codes',
    (key) => {
      try {
        build(`【附件】${key} 名单`);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(TemplateError);
        const message = (e as TemplateError).message;
        expect(message).toContain('第4行');
        expect(message).toContain(`没有名为“${key}”的附件表格`);
        expect(message).toContain('unqualified、perfect、reposting');
      }
    },
  );

  it('builds a valid code', () => {
    expect(build('【附件】unqualified 不合格名单').attachments[0]?.title).toBe('不合格名单');
  });
});

describe('buildCircularDocument: a problem in the rendered text is at the template line that wrote it', () => {
  const errorOf = (text: string): TemplateError => {
    try {
      buildText(text);
    } catch (e) {
      if (e instanceof TemplateError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  // A comment and two blocks that render to nothing: the stray line is the template's 8th, the text's 1st.
  const LEAD = '{{!--\n  说明\n  说明\n--}}\n{{#if stats.checked}}\n{{/if}}\n';

  it('text before any part', () => {
    const e = errorOf(
      `${LEAD}\n本季度共检查{{stats.checked}}个\n【标题】通报\n【正文】\n正文\n【署名】机关\n【日期】2023年1月9日`,
    );
    expect(e.line).toBe(8);
    expect(e.message).toContain('templates/quarterly.hbs 第8行');
    expect(e.message).toContain('不属于任何部分');
    expect(e.message).not.toContain('第1行');
  });

  it('an attachment line without its table code', () => {
    const e = errorOf(
      `${LEAD}【标题】通报\n【正文】\n正文\n【附件】{{city}}名单\n【署名】机关\n【日期】2023年1月9日`,
    );
    expect(e.line).toBe(10);
    expect(e.message).toContain('第10行');
    expect(e.message).toContain('【附件】应写作');
  });

  it('a line made only of values is named in the rendered text', () => {
    const e = errorOf(`${LEAD}{{city}}\n【标题】通报\n【正文】\n正文\n【署名】机关\n【日期】2023年1月9日`);
    expect(e.line).toBeUndefined();
    expect(e.message).toContain('生成的文字第1行');
  });
});
