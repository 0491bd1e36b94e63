import { describe, expect, it } from 'vitest';
import {
  bothLevels,
  countOf,
  fullDistricts,
  hasFollowUp,
  hasProblems,
  joinList,
  labelList,
  levelRates,
  monthCounts,
  periodWord,
  previousWord,
} from '../../src/report/template-helpers.js';

describe('period names', () => {
  it.each([
    ['2023-09', '2023年9月', '本月', '上月'],
    ['2022Q4', '2022年第四季度', '本季度', '上季度'],
    ['2022H1', '2022年上半年', '上半年', '上年下半年'],
    ['2022H2', '2022年下半年', '下半年', '上半年'],
    ['2022', '2022年度', '全年', '上年'],
  ])('%s is %s (%s, compared with %s)', (id, _name, word, previous) => {
    expect(periodWord(id)).toBe(word);
    expect(previousWord(id)).toBe(previous);
  });
});

describe('account lists', () => {
  const accounts = [
    { label: '甲发布(微信公众号)', name: '甲发布', platform: '微信公众号' },
    { name: '乙之声', platform: '微博' },
  ];

  it('names accounts as the circulars do, by label or by name and platform', () => {
    expect(labelList(accounts)).toBe('甲发布(微信公众号)、乙之声(微博)');
    expect(labelList({ count: 2, accounts })).toBe('甲发布(微信公众号)、乙之声(微博)');
    expect(labelList(undefined)).toBe('');
  });

  it('counts an array or a list', () => {
    expect(countOf(accounts)).toBe(2);
    expect(countOf({ count: 5, accounts: [] })).toBe(5);
    expect(countOf(null)).toBe(0);
  });

  it('joins the basis documents with 、 and a last 和', () => {
    expect(joinList(['《甲》'])).toBe('《甲》');
    expect(joinList(['《甲》', '《乙》'])).toBe('《甲》和《乙》');
    expect(joinList(['《甲》', '《乙》', '《丙》'])).toBe('《甲》、《乙》和《丙》');
  });
});

describe('per-month, per-level and per-district sentences', () => {
  it('gives each check month its own unqualified count', () => {
    expect(
      monthCounts([
        { month: '2021-10', kind: '单否专项检查', unqualified: 12 },
        { month: '2021-11', kind: '单否专项检查', unqualified: 0 },
        { month: '2021-12', kind: '全面检查', unqualified: 24 },
      ]),
    ).toBe(
      '10月单否问题专项检查发现不合格12个，11月单否问题专项检查未发现不合格，12月全面检查发现不合格24个',
    );
  });

  const names = { city: '县直部门单位', district: '各乡镇（街道）' };
  it('words the two levels only when both had checks', () => {
    const both = [
      { level: 'city', checked: 20, passRateText: '95.0%' },
      { level: 'district', checked: 30, passRateText: '100%' },
    ];
    expect(bothLevels(both)).toBe(true);
    expect(levelRates(both, names)).toBe(
      '县直部门单位政务新媒体合格率为95.0%，各乡镇（街道）政务新媒体合格率为100%',
    );
    const one = [both[0]!, { level: 'district', checked: 0, passRateText: '—' }];
    expect(bothLevels(one)).toBe(false);
    expect(levelRates(one, names)).toBe('');
  });

  it('names the districts whose checked accounts all passed, 市级 by its short name', () => {
    const rows = [
      { district: '柳湾镇', checked: 3, unqualified: 0 },
      { district: '石门乡', checked: 4, unqualified: 1 },
      { district: '白沙镇', checked: 0, unqualified: 0 },
      { district: '市级', checked: 9, unqualified: 0 },
    ];
    expect(
      fullDistricts(rows, { cityLevel: '县直部门单位', cityLevelShort: '县直部门', districtLevel: '' }),
    ).toBe('柳湾镇、县直部门');
  });
});

describe('hasProblems', () => {
  it('is true when any list names an account, and tolerates missing parts', () => {
    expect(hasProblems({ unqualified: { count: 0, accounts: [] } })).toBe(false);
    expect(hasProblems({ unqualified: { count: 0 }, problems: { veto: [], deductions: [{}] } })).toBe(true);
    expect(hasProblems({ unregistered: { count: 2, accounts: [] } })).toBe(true);
    expect(hasProblems({ followUp: { repeated: [{}] } })).toBe(true);
    expect(hasProblems(null)).toBe(false);
  });
});

describe('hasFollowUp', () => {
  it('counts a repeated account, or a re-check that found something', () => {
    expect(hasFollowUp({ followUp: { repeated: [], recheck: null } })).toBe(false);
    expect(hasFollowUp({ followUp: { repeated: [{}], recheck: null } })).toBe(true);
    expect(hasFollowUp({ followUp: { repeated: [{}], recheck: null } }, true)).toBe(false);
    const recheck = { fixed: { count: 2, accounts: [] }, stillFailing: { count: 0, accounts: [] } };
    expect(hasFollowUp({ followUp: { repeated: [], recheck } }, true)).toBe(true);
  });
});
