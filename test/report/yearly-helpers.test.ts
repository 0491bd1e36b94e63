import { describe, expect, it } from 'vitest';
import { quarterList, quarterSentence } from '../../src/report/template-helpers.js';

const q = (
  quarter: number,
  checked: number,
  unqualified: number,
  passRateText: string,
  passRateChange: number | null,
) => ({
  quarter,
  checked,
  unqualified,
  passRateText,
  passRateChange,
});

describe('yearly template helpers', () => {
  it('words each quarter against the one before', () => {
    const text = quarterSentence(
      [
        q(1, 430, 5, '98.8%', null),
        q(2, 431, 0, '100%', 1.2),
        q(3, 0, 0, '—', null),
        q(4, 445, 3, '99.3%', null),
      ],
      1,
    );
    expect(text).toBe(
      '第一季度检查政务新媒体430个，不合格5个，合格率为98.8%；第二季度检查431个，均合格，合格率为100%，较上季度提升1.2个百分点；' +
        '第三季度未开展检查；第四季度检查445个，不合格3个，合格率为99.3%',
    );
  });

  it('says 下降 and 持平', () => {
    expect(quarterSentence([q(2, 10, 1, '90.0%', -10)], 1)).toBe(
      '第二季度检查政务新媒体10个，不合格1个，合格率为90.0%，较上季度下降10个百分点',
    );
    expect(quarterSentence([q(3, 10, 1, '90.0%', 0)], 1)).toContain('，与上季度持平');
  });

  it.each([
    [['2022Q1', '2022Q3'], '第一、三季度'],
    [['2022Q2'], '第二季度'],
    [['2022Q1', '2022Q2', '2022Q3', '2022Q4'], '第一、二、三、四季度'],
    [[], ''],
  ])('names the quarters %j as %s', (periods, text) => {
    expect(quarterList(periods)).toBe(text);
  });
});
