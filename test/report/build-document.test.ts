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

function build(attachment: string) {
  const text = `【标题】通报\n【正文】\n正文\n${attachment}\n【署名】机关\n【日期】2023年1月9日`;
  return buildCircularDocument({
    config,
    period,
    stats,
    date: '2023-01-09',
    highlights: null,
    template: { file: 'templates/quarterly.hbs', text, overridden: true },
  });
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
