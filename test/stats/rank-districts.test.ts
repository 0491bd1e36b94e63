import { describe, expect, it } from 'vitest';
import { formatRate } from '../../src/domain/format-rate.js';
import { districtRates } from '../../src/report/template-helpers.js';
import { rankDistricts } from '../../src/stats/rank-districts.js';

const row = (district: string, checked: number, passed: number) => {
  const passRate = checked === 0 ? null : passed / checked;
  return { district, checked, passRate, passRateText: formatRate(passRate, 1) };
};

describe('rankDistricts', () => {
  it('ranks high to low and keeps the config order within a place', () => {
    const groups = rankDistricts([
      row('江阴市', 10, 9),
      row('宜兴市', 10, 10),
      row('梁溪区', 10, 8),
      row('锡山区', 5, 5),
    ]);
    expect(groups.map((g) => g.districts)).toEqual([['宜兴市', '锡山区'], ['江阴市'], ['梁溪区']]);
  });

  it('groups districts whose printed rates are equal, even when the fractions differ', () => {
    // 442/445 = 99.326 %, 148/149 = 99.329 %: both print 99.3%.
    const groups = rankDistricts([row('江阴市', 445, 442), row('宜兴市', 149, 148), row('梁溪区', 100, 98)]);
    expect(groups.map((g) => [g.districts, g.passRateText])).toEqual([
      [['江阴市', '宜兴市'], '99.3%'],
      [['梁溪区'], '98.0%'],
    ]);
  });

  it('puts 市级 last whatever its rate, and leaves out districts without checks', () => {
    const groups = rankDistricts([row('市级', 145, 145), row('江阴市', 10, 9), row('新吴区', 0, 0)]);
    expect(groups).toEqual([
      { districts: ['江阴市'], passRate: 0.9, passRateText: '90.0%', cityLevel: false },
      { districts: ['市级'], passRate: 1, passRateText: '100%', cityLevel: true },
    ]);
  });

  it('is the rule behind the districtRates sentence', () => {
    const rows = [row('江阴市', 50, 49), row('梁溪区', 30, 30), row('滨湖区', 20, 20), row('市级', 145, 144)];
    expect(districtRates(rows)).toBe(
      '梁溪区、滨湖区合格率为100%，江阴市合格率为98.0%，市级部门合格率为99.3%',
    );
    expect(districtRates([row('新吴区', 0, 0)])).toBe('');
  });
});
