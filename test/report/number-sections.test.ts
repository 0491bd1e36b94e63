import { describe, expect, it } from 'vitest';
import { SectionNumbers } from '../../src/report/number-sections.js';
import { parseCircularText } from '../../src/report/parse-circular-text.js';

function numbered(lines: string[]): string[] {
  const n = new SectionNumbers();
  return lines.map((l) => n.number(l));
}

describe('SectionNumbers', () => {
  it('numbers each level in order and restarts the levels below', () => {
    expect(
      numbered([
        '#、总体情况',
        '截至……',
        '#、存在的主要问题',
        '（#）单项否决问题。共3个。',
        '#.内容不更新（2个）：甲(微博)、乙(微博)。',
        '#.互动回应差（1个）：丙(微博)。',
        '(＃)扣分问题。',
        '＃．错别字（1个）：丁(微博)。',
        '#、下一步工作要求',
        '（#）压实责任。',
      ]),
    ).toEqual([
      '一、总体情况',
      '截至……',
      '二、存在的主要问题',
      '（一）单项否决问题。共3个。',
      '1.内容不更新（2个）：甲(微博)、乙(微博)。',
      '2.互动回应差（1个）：丙(微博)。',
      '（二）扣分问题。',
      '1.错别字（1个）：丁(微博)。',
      '三、下一步工作要求',
      '（一）压实责任。',
    ]);
  });

  it('counts numbers typed by hand, so a template may mix both', () => {
    expect(numbered(['一、总体情况', '#、下一步工作要求', '（一）甲。', '（#）乙。'])).toEqual([
      '一、总体情况',
      '二、下一步工作要求',
      '（一）甲。',
      '（二）乙。',
    ]);
  });

  it('does not count a long sentence that starts with 一、 as a heading', () => {
    expect(numbered(['一、各地要在规定时间内完成整改，并报送整改情况。', '#、总体情况'])).toEqual([
      '一、各地要在规定时间内完成整改，并报送整改情况。',
      '一、总体情况',
    ]);
  });

  it('leaves a # inside a line alone', () => {
    expect(numbered(['账号“#、话题”运行正常。'])).toEqual(['账号“#、话题”运行正常。']);
  });
});

describe('parseCircularText with computed numbers', () => {
  it('leaves no gap where a section was left out', () => {
    const parts = parseCircularText(
      [
        '【标题】t',
        '【正文】',
        '#、总体情况',
        '正文。',
        '#、下一步工作要求',
        '（#）甲。',
        '【署名】s',
        '【日期】d',
      ].join('\n'),
    );
    expect(parts.body[0]).toEqual({ type: 'heading1', text: '一、总体情况' });
    expect(parts.body[2]).toEqual({ type: 'heading1', text: '二、下一步工作要求' });
    expect(parts.body[3]).toEqual({ type: 'paragraph', runs: [{ text: '（一）甲。', style: 'heading2' }] });
  });
});
