import { describe, expect, it } from 'vitest';
import {
  bodyBlock,
  CircularTextError,
  parseCircularText,
  parseRuns,
} from '../../src/report/parse-circular-text.js';

describe('parseCircularText', () => {
  const text = [
    '【标题】市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报',
    '【主送】各市（县）、区人民政府，市各有关部门和单位：',
    '【正文】',
    '现将有关情况通报如下。',
    '',
    '一、总体情况',
    '**一是创新监管方式。**宜兴市每周普查。',
    '（一）进一步摸清底数。按照原则排查。',
    '【附件】unqualified 不合格政务新媒体名单',
    '【附件】perfect 历次检查均为100分的政务新媒体名单',
    '【署名】无锡市人民政府办公室',
    '【日期】2023年1月9日',
  ].join('\n');

  it('splits the parts and the body blocks', () => {
    const parts = parseCircularText(text);
    expect(parts.title).toBe('市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报');
    expect(parts.addressees).toMatch(/：$/);
    expect(parts.body).toHaveLength(4);
    expect(parts.body[1]).toEqual({ type: 'heading1', text: '一、总体情况' });
    expect(parts.body[2]).toEqual({
      type: 'paragraph',
      runs: [{ text: '一是创新监管方式。', bold: true }, { text: '宜兴市每周普查。' }],
    });
    expect(parts.body[3]).toEqual({
      type: 'paragraph',
      runs: [{ text: '（一）进一步摸清底数。', style: 'heading2' }, { text: '按照原则排查。' }],
    });
    expect(parts.attachments).toEqual([
      { key: 'unqualified', title: '不合格政务新媒体名单' },
      { key: 'perfect', title: '历次检查均为100分的政务新媒体名单' },
    ]);
    expect(parts.issuer).toBe('无锡市人民政府办公室');
    expect(parts.dateText).toBe('2023年1月9日');
  });

  it('does not take a long sentence starting with 一、 for a heading', () => {
    expect(bodyBlock('一、各地要在规定时间内完成整改，并报送整改情况。').type).toBe('paragraph');
  });

  it('keeps an unclosed ** as text', () => {
    expect(parseRuns('a**b')).toEqual([{ text: 'a**b' }]);
  });

  it('names the line of text outside any part', () => {
    expect(() => parseCircularText('孤立的文字\n【标题】x')).toThrow(CircularTextError);
    expect(() => parseCircularText('【正文】\n正文')).toThrow(/【标题】/);
  });
});
