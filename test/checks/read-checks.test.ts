import { describe, expect, test } from 'vitest';
import { CHECK_COLUMNS } from '../../src/checks/columns.js';
import { readChecks } from '../../src/checks/read-checks.js';
import { parseConfig } from '../../src/config/load-config.js';
import { defaultConfig } from '../../src/config/schema.js';
import { acceptedHeaders } from '../../src/table/column-spec.js';
import type { CellValue, WorkbookSource } from '../../src/workbook/types.js';
import { fakeWorkbook, oneSheet } from '../helpers/fake-workbook.js';

const config = defaultConfig();
const FILE = 'checks/2022Q4.xlsx';

/** Columns A–J. */
const HEADER = [
  '检查月份',
  '检查类型',
  '账号名称',
  '平台类型',
  '得分',
  '单项否决',
  '否决情形',
  '问题描述',
  '检查结论',
  '转载权威信息',
];

interface Fields {
  month?: CellValue;
  kind?: CellValue;
  name?: CellValue;
  platform?: CellValue;
  score?: CellValue;
  veto?: CellValue;
  reason?: CellValue;
  problem?: CellValue;
  conclusion?: CellValue;
  reposting?: CellValue;
}

function check(fields: Fields = {}): CellValue[] {
  const pick = <K extends keyof Fields>(key: K, fallback: CellValue) =>
    key in fields ? (fields[key] ?? null) : fallback;
  return [
    pick('month', '2022-10'),
    pick('kind', null),
    pick('name', '宜兴发改'),
    pick('platform', '微信公众号'),
    pick('score', null),
    pick('veto', null),
    pick('reason', null),
    pick('problem', null),
    pick('conclusion', null),
    pick('reposting', null),
  ];
}

/** A sheet with a title in row 1, the header in row 2, data from row 3. */
function results(sheetName: string, ...rows: CellValue[][]): WorkbookSource {
  return oneSheet(FILE, sheetName, [['2022年第四季度政务新媒体检查结果'], HEADER, ...rows]);
}

async function read(workbook: WorkbookSource, year = 2022) {
  return readChecks(workbook, { config, file: FILE, year });
}

function codes(diagnostics: { code: string; cell?: string }[]) {
  return diagnostics.map((d) => `${d.code}@${d.cell ?? ''}`);
}

describe('readChecks: rows', () => {
  test('a full row', async () => {
    const { rows, diagnostics } = await read(
      results(
        '检查结果',
        check({
          kind: '全面检查',
          score: '９５ 分',
          veto: '否',
          problem: '无',
          conclusion: '合格',
          reposting: '√',
        }),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toEqual([
      {
        month: '2022-10',
        kind: '全面检查',
        name: '宜兴发改',
        platformRaw: '微信公众号',
        platform: '微信公众号',
        score: 95,
        veto: false,
        conclusion: '合格',
        reposting: true,
        at: { file: FILE, sheet: '检查结果', row: 3, column: 'A' },
        columns: expect.objectContaining({ month: 'A', name: 'C', score: 'E' }),
      },
    ]);
  });

  test.each<[string, Fields, string]>([
    ['a score', { score: 88 }, '全面检查'],
    ['a score typed as text', { score: '88' }, '全面检查'],
    ['no score', {}, '单否专项检查'],
    ['an explicit kind wins', { kind: '专项检查', score: 90 }, '单否专项检查'],
    ['an alias of 全面检查', { kind: '综合检查', score: 90 }, '全面检查'],
  ])('kind inferred from %s', async (_label, fields, kind) => {
    const { rows, diagnostics } = await read(results('S', check(fields)));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.kind).toBe(kind);
  });

  test('a non-empty 否决情形 implies 单项否决', async () => {
    const { rows } = await read(results('S', check({ reason: '内容不更新', problem: '连续3周未更新' })));
    expect(rows[0]).toMatchObject({ veto: true, vetoReason: '内容不更新', problem: '连续3周未更新' });
  });

  test('a bare 是 in 否决情形 marks a veto without naming a reason', async () => {
    const { rows } = await read(results('S', check({ reason: '是' })));
    expect(rows[0]?.veto).toBe(true);
    expect(rows[0]?.vetoReason).toBeUndefined();
  });

  test('否决情形 “无” is no veto', async () => {
    const { rows } = await read(results('S', check({ reason: '无' })));
    expect(rows[0]?.veto).toBe(false);
    expect(rows[0]?.vetoReason).toBeUndefined();
  });

  test('identification by 备案编号 alone', async () => {
    const { rows, diagnostics } = await read(
      oneSheet(FILE, '2022年11月', [
        ['备案编号', '单项否决'],
        ['WX-001', '是'],
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toMatchObject([{ filingId: 'WX-001', month: '2022-11', veto: true }]);
  });

  test('blank rows and a total row are skipped', async () => {
    const { rows, diagnostics } = await read(
      results('S', check(), [], ['合计', null, 2], check({ name: '无锡发布' })),
    );
    expect(diagnostics).toEqual([]);
    expect(rows.map((r) => r.at.row)).toEqual([3, 6]);
  });

  describe.each(CHECK_COLUMNS.map((spec) => [spec.header, spec] as const))(
    'every header of %s',
    (_h, spec) => {
      const values: Record<string, [CellValue, string, unknown]> = {
        month: ['2022年12月', 'month', '2022-12'],
        kind: ['全面', 'kind', '全面检查'],
        name: ['宜兴发改', 'name', '宜兴发改'],
        platform: ['微博', 'platform', '微博'],
        filingId: ['ID-9', 'filingId', 'ID-9'],
        score: ['77', 'score', 77],
        veto: ['Y', 'veto', true],
        vetoReason: ['安全问题', 'vetoReason', '安全问题'],
        problem: ['错别字', 'problem', '错别字'],
        conclusion: ['不合格', 'conclusion', '不合格'],
        reposting: ['有', 'reposting', true],
        deduction: ['错别字、链接失效', 'deductions', ['错别字', '功能无法使用']],
        deductionPoints: ['2 分', 'deductionPoints', 2],
        filing: ['否', 'unregistered', true],
        operator: ['宜兴市发改委', 'operator', '宜兴市发改委'],
        district: ['市本级', 'district', '市级'],
        rectification: ['正在整改', 'rectification', '整改中'],
      };
      test.each(acceptedHeaders(spec).map((h) => [h]))('%j', async (header) => {
        const base: Record<string, [string, CellValue]> = {
          month: ['检查月份', '2022-10'],
          name: ['账号名称', 'N'],
          platform: ['平台类型', '微信'],
        };
        const [value, field, expected] = values[spec.field]!;
        base[spec.field] = [header, value];
        if (spec.field === 'kind') base.score = ['得分', 90];
        // An account found unregistered is listed with its unit and district.
        if (spec.field === 'filing')
          Object.assign(base, { operator: ['开设主体', 'U'], district: ['所属地区', '市级'] });
        const cols = Object.values(base);
        const { rows, diagnostics } = await read(
          oneSheet(FILE, 'S', [cols.map(([h]) => h), cols.map(([, v]) => v)]),
        );
        expect(diagnostics).toEqual([]);
        expect(rows[0]?.[field as keyof (typeof rows)[0]]).toEqual(expected);
      });
    },
  );
});

describe('readChecks: months and sheets', () => {
  test.each<[string, string]>([
    ['2022年10月', '2022-10'],
    ['2022-11', '2022-11'],
    ['12月', '2022-12'],
    ['2022年10月检查结果', '2022-10'],
  ])('the month from the sheet name %j', async (sheetName, month) => {
    const { rows, diagnostics } = await read(
      oneSheet(FILE, sheetName, [
        ['账号名称', '平台类型', '单项否决'],
        ['宜兴发改', '微信', '否'],
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.month).toBe(month);
  });

  test('one sheet per month in one workbook', async () => {
    const header = ['账号名称', '平台类型', '得分'];
    const { rows } = await read(
      fakeWorkbook(FILE, [
        { name: '10月', rows: [header, ['A', '微信', 90]] },
        { name: '11月', rows: [header, ['A', '微信', 91]] },
        { name: '12月', rows: [header, ['A', '微信', 92]] },
      ]),
    );
    expect(rows.map((r) => [r.month, r.score])).toEqual([
      ['2022-10', 90],
      ['2022-11', 91],
      ['2022-12', 92],
    ]);
  });

  test('a bare month in a cell takes the year asked for', async () => {
    const { rows } = await read(results('全年', check({ month: '10月' })), 2023);
    expect(rows[0]?.month).toBe('2023-10');
  });

  test('a bare month in a cell takes the year of the sheet name', async () => {
    const { rows, diagnostics } = await read(results('2022年10月', check({ month: '10月' })), 2023);
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.month).toBe('2022-10');
  });

  test('the month cell wins over the sheet name, with a warning', async () => {
    const { rows, diagnostics } = await read(results('2022年10月', check({ month: '2022-11' })));
    expect(rows[0]?.month).toBe('2022-11');
    expect(codes(diagnostics)).toEqual(['CHECK_MONTH_SHEET_MISMATCH@A3']);
  });

  test('an empty month cell falls back to the sheet name', async () => {
    const { rows, diagnostics } = await read(results('2022年12月', check({ month: null })));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.month).toBe('2022-12');
  });

  test('CHECK_NO_MONTH: an empty month cell and no month in the sheet name', async () => {
    const { rows, diagnostics } = await read(results('检查结果', check(), check({ month: null })));
    expect(rows).toHaveLength(1);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_NO_MONTH', severity: 'error', cell: 'A4' }]);
  });

  test('CHECK_NO_MONTH: no month column and no month in the sheet name', async () => {
    const { rows, diagnostics } = await read(
      oneSheet(FILE, 'Sheet1', [
        ['账号名称', '平台类型', '得分'],
        ['A', '微信', 90],
      ]),
    );
    expect(rows).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_NO_MONTH', cell: 'A1', sheet: 'Sheet1' }]);
  });

  test('a sheet without result columns (a copy of the registry) is skipped with a warning', async () => {
    const { rows, diagnostics } = await read(
      fakeWorkbook(FILE, [
        {
          name: '台账',
          rows: [
            ['账号名称', '平台类型', '开设主体'],
            ['A', '微信', 'U'],
          ],
        },
        {
          name: '10月',
          rows: [
            ['账号名称', '平台类型', '得分'],
            ['A', '微信', 90],
          ],
        },
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(diagnostics).toMatchObject([{ code: 'CHECK_SHEET_SKIPPED', severity: 'warning', sheet: '台账' }]);
  });

  test('a sheet of notes is ignored silently when another sheet has results', async () => {
    const { diagnostics } = await read(
      fakeWorkbook(FILE, [
        { name: '说明', rows: [['填表说明'], ['得分为0-100']] },
        {
          name: '10月',
          rows: [
            ['账号名称', '平台类型', '得分'],
            ['A', '微信', 90],
          ],
        },
      ]),
    );
    expect(diagnostics).toEqual([]);
  });

  test('CHECK_MISSING_COLUMN: a results sheet without a way to name the account', async () => {
    const { diagnostics } = await read(
      oneSheet(FILE, '10月', [
        ['序号', '账号', '平台类形', '得分', '单项否决'],
        [1, 'A', '微信', 90, '否'],
      ]),
    );
    expect(diagnostics).toMatchObject([{ code: 'CHECK_MISSING_COLUMN', severity: 'error', cell: 'A1' }]);
    expect(diagnostics[0]?.message).toContain('缺少必填列“平台类型”');
    expect(diagnostics[0]?.hint).toContain('“平台类形”最接近“平台类型”');
  });

  test('CHECK_MISSING_COLUMN: no recognisable sheet at all', async () => {
    const { diagnostics } = await read(
      oneSheet(FILE, 'Sheet1', [
        ['a', 'b'],
        [1, 2],
      ]),
    );
    expect(diagnostics).toMatchObject([{ code: 'CHECK_MISSING_COLUMN', sheet: 'Sheet1' }]);
  });
});

describe('readChecks: each rule, located at its cell', () => {
  test.each<[string, Fields, string, string]>([
    ['a score above 100', { score: 105 }, 'CHECK_BAD_SCORE@E3', '得分“105”不在 0–100 之间'],
    ['a negative score', { score: '-1' }, 'CHECK_BAD_SCORE@E3', '得分“-1”不在 0–100 之间'],
    ['a score that is not a number', { score: '优秀' }, 'CHECK_BAD_SCORE@E3', '得分“优秀”不是数字'],
    ['全面检查 without a score', { kind: '全面检查' }, 'CHECK_FULL_WITHOUT_SCORE@E3', '全面检查没有得分'],
    [
      '合格 with a veto',
      { veto: '是', conclusion: '合格' },
      'CHECK_PASS_WITH_VETO@I3',
      '检查结论为合格，但有单项否决',
    ],
    [
      '合格 with a veto reason',
      { reason: '安全问题', conclusion: '合格' },
      'CHECK_PASS_WITH_VETO@I3',
      '检查结论为合格，但有单项否决（安全问题）',
    ],
    ['an unknown yes/no', { veto: '待定' }, 'CHECK_BAD_YESNO@F3', '单项否决“待定”无法识别为是或否'],
    [
      'a veto without its 否决情形 (the sheet has the column)',
      { veto: '是' },
      'CHECK_VETO_WITHOUT_CATEGORY@G3',
      '单项否决填为“是”，但没有填写否决情形',
    ],
    [
      'an unknown yes/no in 转载',
      { reposting: '部分' },
      'CHECK_BAD_YESNO@J3',
      '转载权威信息“部分”无法识别为是或否',
    ],
    ['a bad month', { month: '2022-13' }, 'CHECK_BAD_MONTH@A3', '检查月份“2022-13”无法识别'],
    ['a bad kind', { kind: '抽查' }, 'CHECK_BAD_KIND@B3', '检查类型“抽查”无法识别'],
    ['a bad conclusion', { conclusion: '基本合格' }, 'CHECK_BAD_CONCLUSION@I3', '检查结论“基本合格”无法识别'],
    ['no name', { name: null }, 'CHECK_MISSING_ACCOUNT_ID@C3', '本行没有账号名称，也没有备案编号'],
    ['no platform', { platform: null }, 'CHECK_MISSING_ACCOUNT_ID@D3', '账号“宜兴发改”没有填写平台类型'],
    [
      'veto 否 with a reason',
      { veto: '否', reason: '安全问题' },
      'CHECK_VETO_CONFLICT@F3',
      '单项否决填为“否”，但填写了否决情形“安全问题”',
    ],
    ['#N/A in 得分', { score: { error: '#N/A' } }, 'CELL_ERROR@E3', '“得分”单元格是错误值“#N/A”'],
    [
      '#VALUE! in 账号名称',
      { name: { error: '#VALUE!' } },
      'CELL_ERROR@C3',
      '“账号名称”单元格是错误值“#VALUE!”',
    ],
  ])('%s', async (_label, fields, code, message) => {
    const { diagnostics } = await read(results('S', check(fields)));
    expect(codes(diagnostics)).toEqual([code]);
    expect(diagnostics[0]?.message).toBe(message);
    expect(diagnostics[0]?.hint).toBeTruthy();
  });

  test('ten planted mistakes in one sheet give ten located diagnostics in one run', async () => {
    const { diagnostics, rows } = await read(
      results(
        '2022年10月',
        check({ score: 95 }), // 3: fine
        check({ score: 105 }), // 4
        check({ kind: '全面检查' }), // 5
        check({ veto: '是', conclusion: '合格' }), // 6
        check({ veto: '待定' }), // 7
        check({ month: '2022-13' }), // 8
        check({ name: null }), // 9
        check({ platform: null }), // 10
        check({ conclusion: '基本合格' }), // 11
        check({ score: { error: '#N/A' } }), // 12
        check({ kind: '抽查' }), // 13
      ),
    );
    expect(codes(diagnostics).sort()).toEqual(
      [
        'CHECK_BAD_SCORE@E4',
        'CHECK_FULL_WITHOUT_SCORE@E5',
        'CHECK_PASS_WITH_VETO@I6',
        'CHECK_BAD_YESNO@F7',
        'CHECK_BAD_MONTH@A8',
        'CHECK_MISSING_ACCOUNT_ID@C9',
        'CHECK_MISSING_ACCOUNT_ID@D10',
        'CHECK_BAD_CONCLUSION@I11',
        'CELL_ERROR@E12',
        'CHECK_BAD_KIND@B13',
      ].sort(),
    );
    for (const d of diagnostics)
      expect(d).toMatchObject({ file: FILE, sheet: '2022年10月', severity: 'error' });
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('readChecks: part-two columns (扣分情形, 扣分, 备案情况, 整改情况)', () => {
  /** Columns A–L: the account, the two category columns, 扣分, 备案情况, the unit and district, 整改情况. */
  const PART_TWO = [
    '检查月份',
    '账号名称',
    '平台类型',
    '否决情形',
    '扣分情形',
    '扣分',
    '备案情况',
    '开设主体',
    '所属地区',
    '整改情况',
  ];
  interface Part2 {
    name?: CellValue;
    veto?: CellValue;
    deduction?: CellValue;
    points?: CellValue;
    filing?: CellValue;
    operator?: CellValue;
    district?: CellValue;
    rectification?: CellValue;
  }
  const row2 = (f: Part2): CellValue[] => [
    '2023-09',
    f.name ?? '宜兴发改',
    '微信公众号',
    f.veto ?? null,
    f.deduction ?? null,
    f.points ?? null,
    f.filing ?? null,
    f.operator ?? null,
    f.district ?? null,
    f.rectification ?? null,
  ];
  const sheet2 = (...rows: Part2[]) => oneSheet(FILE, '检查结果', [PART_TWO, ...rows.map(row2)]);
  const read2 = (workbook: WorkbookSource, cfg = config) =>
    readChecks(workbook, { config: cfg, file: FILE, year: 2023 });

  test.each<[string, string, string[]]>([
    ['顿号', '错别字、链接失效', ['错别字', '功能无法使用']],
    ['全角逗号', '错别字，内容更新不及时', ['错别字', '内容更新不及时']],
    ['半角逗号', '错别字,内容更新不及时', ['错别字', '内容更新不及时']],
    ['全角分号', '错别字；内容更新不及时', ['错别字', '内容更新不及时']],
    ['半角分号', '错别字;内容更新不及时', ['错别字', '内容更新不及时']],
    ['换行', '错别字\n内容更新不及时\r\n互动回应不及时', ['错别字', '内容更新不及时', '互动回应不及时']],
    ['the same category twice counts once', '错别字、错敏字', ['错别字']],
    ['a detail after a known category', '内容更新不及时：9月仅更新1次', ['内容更新不及时']],
    ['an unknown one, normalised', '　页面有商业广告（２处） ', ['页面有商业广告(2处)']],
  ])('扣分情形 split at %s', async (_what, cell, expected) => {
    const { rows, diagnostics } = await read2(sheet2({ deduction: cell }));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.deductions).toEqual(expected);
    expect(rows[0]?.veto).toBe(false);
  });

  test('否决情形 may hold several categories; the reason as typed is kept for the list', async () => {
    const { rows, diagnostics } = await read2(sheet2({ veto: '长期不更新；未提供有效互动功能' }));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.vetoCategories).toEqual(['内容不更新', '互动回应差']);
    expect(rows[0]?.vetoReason).toBe('长期不更新；未提供有效互动功能');
    expect(rows[0]?.veto).toBe(true);
  });

  test('the config’s own categories and spellings are used', async () => {
    const own = parseConfig({ deductionCategories: [{ name: '信息发布', aliases: ['发布不规范'] }] });
    const { rows, diagnostics } = await read2(sheet2({ deduction: '发布不规范、错别字' }), own);
    expect(rows[0]?.deductions).toEqual(['信息发布', '错别字']);
    // 错别字 is not the config's any more, but it is no typo of 信息发布: no warning.
    expect(diagnostics).toEqual([]);
  });

  test('CHECK_CATEGORY_NEAR_MISS: an unknown category close to a known one, at its cell', async () => {
    const { rows, diagnostics } = await read2(
      sheet2({ veto: '内容不跟新' }, { name: '宜兴发布', deduction: '错别字、内容更新不及峙' }),
    );
    expect(rows.map((r) => r.vetoCategories ?? r.deductions)).toEqual([
      ['内容不跟新'],
      ['错别字', '内容更新不及峙'],
    ]);
    expect(codes(diagnostics)).toEqual(['CHECK_CATEGORY_NEAR_MISS@D2', 'CHECK_CATEGORY_NEAR_MISS@E3']);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', file: FILE, sheet: '检查结果' });
    expect(diagnostics[0]?.message).toContain('否决情形“内容不跟新”');
    expect(diagnostics[0]?.hint).toContain('是否应为“内容不更新”');
    expect(diagnostics[1]?.hint).toContain('是否应为“内容更新不及时”');
  });

  test.each<[string, Part2, string, string]>([
    ['扣分 not a number', { points: '两分' }, 'CHECK_BAD_DEDUCTION@F2', '扣分“两分”'],
    ['扣分 negative', { points: -2 }, 'CHECK_BAD_DEDUCTION@F2', '扣分“-2”'],
    ['备案情况 unknown', { filing: '待定' }, 'CHECK_BAD_FILING@G2', '备案情况“待定”'],
    ['整改情况 unknown', { rectification: '看情况' }, 'CHECK_BAD_RECTIFICATION@J2', '整改情况“看情况”'],
  ])('%s is an error at its cell', async (_what, fields, code, message) => {
    const { diagnostics } = await read2(sheet2(fields));
    expect(codes(diagnostics)).toEqual([code]);
    expect(diagnostics[0]?.message).toContain(message);
    expect(diagnostics[0]?.severity).toBe('error');
  });

  test.each<[CellValue, boolean]>([
    ['已备案', false],
    ['是', false],
    [null, false],
    ['未备案', true],
    ['否', true],
    ['未报备', true],
  ])('备案情况 %j → found unregistered: %s', async (filing, unregistered) => {
    const { rows, diagnostics } = await read2(sheet2({ filing, operator: '某单位', district: '宜兴市' }));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.unregistered === true).toBe(unregistered);
  });

  test('an account found unregistered keeps its unit and district as typed', async () => {
    const { rows } = await read2(sheet2({ filing: '未备案', operator: '宜兴市某街道', district: '市本级' }));
    expect(rows[0]).toMatchObject({ unregistered: true, operator: '宜兴市某街道', district: '市级' });
  });

  test('CHECK_UNREGISTERED_INCOMPLETE: found unregistered without 开设主体, at that cell', async () => {
    const { rows, diagnostics } = await read2(sheet2({ filing: '未备案', district: '宜兴市' }));
    expect(rows).toHaveLength(1);
    expect(codes(diagnostics)).toEqual(['CHECK_UNREGISTERED_INCOMPLETE@H2']);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(diagnostics[0]?.message).toContain('没有填写开设主体');
  });

  test.each<[CellValue, string]>([
    ['已整改', '已整改'],
    ['是', '已整改'],
    ['整改完成', '已整改'],
    ['正在整改', '整改中'],
    ['未整改', '未整改'],
    ['否', '未整改'],
  ])('整改情况 %j → %s', async (rectification, expected) => {
    const { rows, diagnostics } = await read2(sheet2({ rectification }));
    expect(diagnostics).toEqual([]);
    expect(rows[0]?.rectification).toBe(expected);
  });
});

describe('readChecks: a month without its year while no period was asked for', () => {
  const guess = (workbook: WorkbookSource) =>
    readChecks(workbook, { config, file: FILE, year: 2026, yearAssumed: true });

  test('12月 in a cell: one warning at its cell saying the year assumed and how to write it', async () => {
    const { rows, diagnostics } = await guess(
      results('检查结果', check({ month: '2022-10' }), check({ month: '12月' }), check({ month: 11 })),
    );
    expect(rows.map((r) => r.month)).toEqual(['2022-10', '2026-12', '2026-11']);
    const warned = diagnostics.filter((d) => d.code === 'CHECK_MONTH_YEAR_ASSUMED');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', file: FILE, sheet: '检查结果', cell: 'A4' });
    expect(warned[0]!.message).toContain('检查月份“12月”没有写年份，已按今年（2026年）计为 2026-12');
    expect(warned[0]!.hint).toContain('2026年12月 或 2026-12');
  });

  test('a sheet named 12月: the warning names the sheet', async () => {
    const { diagnostics } = await guess(results('12月', check({ month: null })));
    const warned = diagnostics.filter((d) => d.code === 'CHECK_MONTH_YEAR_ASSUMED');
    expect(warned.map((d) => d.message)).toEqual([expect.stringContaining('工作表名称“12月”没有写年份')]);
  });

  test.each([
    ['a whole month in every cell', results('检查结果', check({ month: '2022年12月' }))],
    ['a sheet name with its year', results('2022年12月', check({ month: '12月' }))],
  ])('no warning for %s', async (_, workbook) => {
    const { diagnostics } = await guess(workbook);
    expect(codes(diagnostics)).not.toContainEqual(expect.stringContaining('CHECK_MONTH_YEAR_ASSUMED'));
  });

  test('no warning when the period gave the year', async () => {
    const { diagnostics } = await read(results('检查结果', check({ month: '12月' })));
    expect(codes(diagnostics)).not.toContainEqual(expect.stringContaining('CHECK_MONTH_YEAR_ASSUMED'));
  });
});
