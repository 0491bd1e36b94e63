import { describe, expect, it } from 'vitest';
import { changeText, chineseDate, districtRates, monthsSentence } from '../../src/report/template-helpers.js';

describe('template helpers', () => {
  it('writes dates with Arabic digits and no zero padding', () => {
    expect(chineseDate('2022-12-31')).toBe('2022年12月31日');
    expect(chineseDate('2023-01-09')).toBe('2023年1月9日');
  });

  it('builds the months sentence of the reference', () => {
    const months = [
      { month: '2022-10', kind: '单否专项检查' as const },
      { month: '2022-11', kind: '单否专项检查' as const },
      { month: '2022-12', kind: '全面检查' as const },
    ];
    expect(monthsSentence(months)).toBe('于10月和11月分别开展了单否问题专项检查，12月开展了全面检查');
    expect(monthsSentence([{ month: '2022-12', kind: '全面检查' }])).toBe('于12月开展了全面检查');
    expect(
      monthsSentence([
        { month: '2022-07', kind: '单否专项检查' },
        { month: '2022-08', kind: '单否专项检查' },
        { month: '2022-09', kind: '单否专项检查' },
      ]),
    ).toBe('于7月、8月和9月分别开展了单否问题专项检查');
  });

  it('words a change in percentage points', () => {
    expect(changeText(0.4, 1)).toBe('提升0.4个百分点');
    expect(changeText(-1.2, 1)).toBe('下降1.2个百分点');
    expect(changeText(2, 1)).toBe('提升2个百分点');
    expect(changeText(0, 1)).toBe('持平');
  });

  it('ranks districts high to low, groups equal rates and puts 市级 last', () => {
    const row = (district: string, checked: number, unqualified: number) => ({
      district,
      checked,
      passRate: checked ? (checked - unqualified) / checked : null,
      passRateText: checked
        ? `${(((checked - unqualified) / checked) * 100).toFixed(1)}%`.replace('100.0%', '100%')
        : '—',
    });
    const text = districtRates([
      row('江阴市', 50, 1),
      row('梁溪区', 30, 0),
      row('滨湖区', 20, 0),
      row('新吴区', 0, 0),
      row('市级', 145, 1),
    ]);
    expect(text).toBe('梁溪区、滨湖区合格率为100%，江阴市合格率为98.0%，市级部门合格率为99.3%');
  });
});
