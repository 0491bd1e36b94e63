import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { parseQuarter } from '../../src/domain/period.js';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';
import { readRegistry, registryPeriodRules } from '../../src/registry/read-registry.js';
import { acceptedHeaders } from '../../src/table/column-spec.js';
import type { CellValue, SheetRow, WorkbookSource } from '../../src/workbook/types.js';
import { WorkbookReadError } from '../../src/workbook/types.js';
import { fakeWorkbook, oneSheet } from '../helpers/fake-workbook.js';

const config = defaultConfig();
const FILE = 'registry.xlsx';

/** Columns A–J. */
const HEADER = [
  '序号',
  '账号名称',
  '平台类型',
  '开设主体',
  '所属地区',
  '备案编号',
  '备案日期',
  '状态',
  '注销日期',
  '最近更新日期',
];

interface Fields {
  name?: CellValue;
  platform?: CellValue;
  operator?: CellValue;
  district?: CellValue;
  id?: CellValue;
  filed?: CellValue;
  status?: CellValue;
  closed?: CellValue;
  updated?: CellValue;
}

let serial = 0;
/** A valid row unless fields say otherwise. */
function account(fields: Fields = {}): CellValue[] {
  serial++;
  const pick = <K extends keyof Fields>(key: K, fallback: CellValue) =>
    key in fields ? (fields[key] ?? null) : fallback;
  return [
    serial,
    pick('name', `账号${serial}`),
    pick('platform', '微信公众号'),
    pick('operator', `单位${serial}`),
    pick('district', '宜兴市'),
    pick('id', null),
    pick('filed', '2020-01-01'),
    pick('status', null),
    pick('closed', null),
    pick('updated', null),
  ];
}

/** The registry sheet: a title in row 1, the header in row 2, data from row 3. */
function registry(...rows: CellValue[][]): WorkbookSource {
  return oneSheet(FILE, '台账', [['无锡市政务新媒体台账'], HEADER, ...rows]);
}

async function read(workbook: WorkbookSource) {
  return readRegistry(workbook, { config, file: FILE });
}

function codes(diagnostics: { code: string; cell?: string }[]) {
  return diagnostics.map((d) => `${d.code}@${d.cell ?? ''}`);
}

describe('readRegistry: a clean registry', () => {
  test('accounts in registry order, every field read', async () => {
    const { accounts, diagnostics } = await read(
      registry(
        account({
          name: '宜兴发改',
          platform: '微信',
          operator: '宜兴市发改委',
          id: 'WX-001',
          filed: 43831,
          updated: '2022/12/30',
        }),
        account({
          name: ' 无锡发布 ',
          platform: '新浪微博',
          operator: '市委宣传部',
          district: '市本级',
          filed: new Date(Date.UTC(2019, 4, 6)),
        }),
        account({
          name: '江阴发布',
          platform: '抖音',
          district: '江阴市',
          status: '已注销',
          closed: '2022年11月3日',
        }),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(accounts).toHaveLength(3);
    expect(accounts[0]).toMatchObject({
      index: 0,
      name: '宜兴发改',
      key: '宜兴发改',
      platformRaw: '微信',
      platform: '微信公众号',
      operator: '宜兴市发改委',
      district: '宜兴市',
      filingId: 'WX-001',
      filedOn: '2020-01-01',
      status: '正常',
      lastUpdate: '2022-12-30',
      at: { file: FILE, sheet: '台账', row: 3, column: 'A' },
    });
    expect(accounts[1]).toMatchObject({
      index: 1,
      name: '无锡发布',
      platform: '微博',
      district: '市级',
      filedOn: '2019-05-06',
    });
    expect(accounts[2]).toMatchObject({
      platform: '其他',
      platformRaw: '抖音',
      status: '注销',
      closedOn: '2022-11-03',
    });
    expect(accounts[0]?.columns).toMatchObject({ name: 'B', district: 'E', lastUpdate: 'J' });
  });

  test('blank rows, total rows and a closing note are skipped', async () => {
    const { accounts, diagnostics } = await read(
      registry(account(), [], [null, '  '], account(), ['合计', null, null, null, null], ['填表人：张三']),
    );
    expect(diagnostics).toEqual([]);
    expect(accounts.map((a) => a.at.row)).toEqual([3, 6]);
  });

  test('the first sheet whose header has the required columns', async () => {
    const workbook = fakeWorkbook(FILE, [
      { name: '填表说明', rows: [['请按要求填写'], ['账号名称：平台上显示的名称']] },
      { name: '台账', rows: [HEADER, account({ name: 'A' })] },
      { name: '旧台账', rows: [HEADER, account({ name: 'B' })] },
    ]);
    const { accounts } = await read(workbook);
    expect(accounts.map((a) => [a.name, a.at.sheet])).toEqual([['A', '台账']]);
  });

  describe.each(REGISTRY_COLUMNS.map((spec) => [spec.header, spec] as const))(
    'every header of %s',
    (_h, spec) => {
      const values: Record<string, [CellValue, unknown]> = {
        name: ['宜兴发改', '宜兴发改'],
        platform: ['微博', '微博'],
        operator: ['宜兴市发改委', '宜兴市发改委'],
        district: ['江阴市', '江阴市'],
        filingId: ['ID-9', 'ID-9'],
        filedOn: ['2021.3.4', '2021-03-04'],
        status: ['停更', '关停'],
        closedOn: ['2022/6/30', '2022-06-30'],
        lastUpdate: ['2022年12月1日', '2022-12-01'],
      };
      const recordField: Record<string, string> = { platform: 'platformRaw' };
      test.each(acceptedHeaders(spec).map((h) => [h]))('%j', async (header) => {
        const base: Record<string, [string, CellValue]> = {
          name: ['账号名称', 'N'],
          platform: ['平台类型', '微信'],
          operator: ['开设主体', 'U'],
          district: ['所属地区', '市级'],
        };
        const [value, expected] = values[spec.field]!;
        base[spec.field] = [header, value];
        const cols = Object.values(base);
        const { accounts, diagnostics } = await read(
          oneSheet(FILE, 'S', [cols.map(([h]) => h), cols.map(([, v]) => v)]),
        );
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(accounts[0]?.[(recordField[spec.field] ?? spec.field) as keyof (typeof accounts)[0]]).toEqual(
          expected,
        );
      });
    },
  );
});

describe('readRegistry: each rule, located at its cell', () => {
  test('REGISTRY_MISSING_COLUMN names the columns found and the closest header', async () => {
    const { accounts, diagnostics } = await read(
      oneSheet(FILE, '台账', [
        ['台账'],
        ['序号', '账号名称', '平 台类形', '开设主体', '所属地区'],
        [1, 'A', '微信', 'U', '市级'],
      ]),
    );
    expect(accounts).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'REGISTRY_MISSING_COLUMN',
      severity: 'error',
      sheet: '台账',
      cell: 'A2',
      message: '缺少必填列“平台类型”；找到的列：序号、账号名称、平 台类形、开设主体、所属地区',
    });
    expect(diagnostics[0]?.hint).toContain('表头可写作：平台类型、平台、媒体类型');
    expect(diagnostics[0]?.hint).toContain('“平 台类形”最接近“平台类型”');
  });

  test('REGISTRY_MISSING_COLUMN for a workbook without sheets', async () => {
    const { diagnostics } = await read(fakeWorkbook(FILE, []));
    expect(diagnostics).toMatchObject([{ code: 'REGISTRY_MISSING_COLUMN', message: '台账文件中没有工作表' }]);
  });

  test('REGISTRY_UNKNOWN_DISTRICT: the value, the nearest district, the accepted list', async () => {
    const filler = Array.from({ length: 11 }, () => account());
    const { diagnostics, accounts } = await read(registry(...filler, account({ district: '西湖区' })));
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({
      code: 'REGISTRY_UNKNOWN_DISTRICT',
      severity: 'error',
      cell: 'E14',
      row: 14,
      column: 'E',
    });
    expect(d.message).toBe('所属地区“西湖区”不在配置的地区列表中');
    expect(d.hint).toContain('可填写：市级、江阴市、宜兴市、梁溪区');
    // The account still links, so its results are not reported a second time.
    expect(accounts).toHaveLength(12);
  });

  test('REGISTRY_UNKNOWN_DISTRICT suggests the nearest district', async () => {
    const { diagnostics } = await read(registry(account({ district: '宜兴' })));
    expect(diagnostics[0]?.hint).toMatch(/^“宜兴”最接近“宜兴市”；可填写：/);
  });

  test.each<[string, keyof Fields, string]>([
    ['备案日期', 'filed', 'G3'],
    ['注销日期', 'closed', 'I3'],
    ['最近更新日期', 'updated', 'J3'],
  ])('REGISTRY_BAD_DATE in %s', async (header, field, cell) => {
    const { diagnostics } = await read(registry(account({ [field]: '2022-02-30', status: '注销' })));
    const d = diagnostics.find((x) => x.code === 'REGISTRY_BAD_DATE');
    expect(d).toMatchObject({ cell, message: `${header}“2022-02-30”不是有效日期` });
    expect(d?.hint).toContain('2022年10月8日');
  });

  test.each<[keyof Fields, string, string]>([
    ['name', 'B3', '账号名称为空'],
    ['platform', 'C3', '平台类型为空'],
    ['operator', 'D3', '开设主体为空'],
    ['district', 'E3', '所属地区为空'],
  ])('REGISTRY_MISSING_VALUE when %s is empty', async (field, cell, message) => {
    const { diagnostics } = await read(registry(account({ [field]: null })));
    expect(diagnostics).toMatchObject([{ code: 'REGISTRY_MISSING_VALUE', severity: 'error', cell, message }]);
  });

  test('a placeholder such as “/” in a required cell counts as empty', async () => {
    const { diagnostics } = await read(registry(account({ operator: '/' })));
    expect(codes(diagnostics)).toEqual(['REGISTRY_MISSING_VALUE@D3']);
  });

  test('REGISTRY_DUPLICATE_ID at the second row’s 备案编号', async () => {
    const { diagnostics, accounts } = await read(
      registry(account({ id: 'A-1' }), account(), account({ id: 'a-1 ' })),
    );
    expect(diagnostics).toMatchObject([
      {
        code: 'REGISTRY_DUPLICATE_ID',
        severity: 'error',
        cell: 'F5',
        message: expect.stringContaining('与第3行'),
      },
    ]);
    expect(accounts).toHaveLength(2);
  });

  test('REGISTRY_DUPLICATE_ACCOUNT: same name, same bucket', async () => {
    const { diagnostics, accounts } = await read(
      registry(
        account({ name: '宜兴发改', platform: '微信' }),
        account({ name: '宜兴 发改', platform: '公众号' }),
      ),
    );
    expect(diagnostics).toMatchObject([
      { code: 'REGISTRY_DUPLICATE_ACCOUNT', cell: 'B4', message: '账号“宜兴 发改”（公众号）与第3行重复' },
    ]);
    expect(accounts).toHaveLength(1);
  });

  test('the same name on 抖音 and 快手 is two accounts, not a duplicate', async () => {
    const { diagnostics, accounts } = await read(
      registry(
        account({ name: '宜兴发布', platform: '抖音' }),
        account({ name: '宜兴发布', platform: '快手' }),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(accounts).toHaveLength(2);
  });

  test('REGISTRY_UNKNOWN_PLATFORM: a warning, counted as 其他, nearest spelling hinted', async () => {
    const { diagnostics, accounts } = await read(registry(account({ platform: '微信公众' })));
    expect(diagnostics).toMatchObject([
      {
        code: 'REGISTRY_UNKNOWN_PLATFORM',
        severity: 'warning',
        cell: 'C3',
        message: '平台类型“微信公众”不在已知写法中，按“其他”统计',
      },
    ]);
    expect(diagnostics[0]?.hint).toContain('是否应为“微信公众号”？');
    expect(accounts[0]?.platform).toBe('其他');
  });

  test('the config may add platform spellings', async () => {
    const withExtra = { ...config, platforms: { 微信公众号: ['微信号'] } };
    const { diagnostics, accounts } = await readRegistry(registry(account({ platform: '微信号' })), {
      config: withExtra,
      file: FILE,
    });
    expect(diagnostics).toEqual([]);
    expect(accounts[0]?.platform).toBe('微信公众号');
  });

  test('REGISTRY_UNIT_MULTIPLE_ACCOUNTS: a warning at the second account’s 开设主体', async () => {
    const { diagnostics } = await read(
      registry(
        account({ name: 'A', operator: '宜兴市发改委' }),
        account({ name: 'B', operator: '宜兴市发改委', platform: '微博' }),
        account({ name: 'C', operator: '宜兴市发改委', status: '注销', closed: '2021-01-01' }),
        account({ name: 'D', operator: '宜兴市发改委' }),
      ),
    );
    expect(diagnostics).toMatchObject([
      { code: 'REGISTRY_UNIT_MULTIPLE_ACCOUNTS', severity: 'warning', cell: 'D6' },
    ]);
    expect(diagnostics[0]?.message).toContain('已有账号“A”（第3行）');
  });

  test.each(['关停', '已注销', '停更'])('REGISTRY_CLOSED_WITHOUT_DATE for %s', async (status) => {
    const { diagnostics } = await read(registry(account({ status })));
    expect(diagnostics).toMatchObject([
      { code: 'REGISTRY_CLOSED_WITHOUT_DATE', severity: 'warning', cell: 'H3' },
    ]);
  });

  test('REGISTRY_BAD_STATUS names the value and the accepted ones', async () => {
    const { diagnostics, accounts } = await read(registry(account({ status: '暂停' })));
    expect(diagnostics).toMatchObject([
      { code: 'REGISTRY_BAD_STATUS', severity: 'error', cell: 'H3', message: '状态“暂停”无法识别' },
    ]);
    expect(diagnostics[0]?.hint).toContain('关停（已关停、停更）');
    expect(accounts[0]?.status).toBe('正常');
  });

  test('REGISTRY_STATUS_CONFLICT and REGISTRY_CLOSED_BEFORE_FILED', async () => {
    const { diagnostics } = await read(
      registry(
        account({ status: '正常', closed: '2022-01-01' }),
        account({ filed: '2022-05-01', closed: '2022-01-01' }),
      ),
    );
    expect(codes(diagnostics)).toEqual(['REGISTRY_STATUS_CONFLICT@H3', 'REGISTRY_CLOSED_BEFORE_FILED@I4']);
  });

  test('an empty status with a 注销日期 is simply closed on that day', async () => {
    const { diagnostics, accounts } = await read(registry(account({ closed: '2022-01-01' })));
    expect(diagnostics).toEqual([]);
    expect(accounts[0]).toMatchObject({ status: '正常', closedOn: '2022-01-01' });
  });

  test('REGISTRY_EMPTY: a header without accounts', async () => {
    const { diagnostics } = await read(registry(['合计', null]));
    expect(codes(diagnostics)).toEqual(['REGISTRY_EMPTY@A2']);
  });

  test.each<[keyof Fields, string]>([
    ['name', 'B3'],
    ['platform', 'C3'],
    ['operator', 'D3'],
    ['district', 'E3'],
    ['id', 'F3'],
    ['filed', 'G3'],
    ['status', 'H3'],
    ['closed', 'I3'],
    ['updated', 'J3'],
  ])('CELL_ERROR: #N/A in %s is a diagnostic at %s, never “[object Object]”', async (field, cell) => {
    const { diagnostics, accounts } = await read(registry(account({ [field]: { error: '#N/A' } })));
    const errors = diagnostics.filter((d) => d.code === 'CELL_ERROR');
    expect(errors).toMatchObject([{ severity: 'error', cell }]);
    expect(errors[0]?.message).toMatch(/单元格是错误值“#N\/A”$/);
    for (const a of accounts) expect(JSON.stringify(a)).not.toContain('object Object');
  });

  test('an error cell in a column the tool does not read is ignored', async () => {
    const { diagnostics } = await read(
      oneSheet(FILE, 'S', [
        ['账号名称', '平台类型', '开设主体', '所属地区', '联系电话'],
        ['A', '微信', 'U', '市级', { error: '#REF!' }],
      ]),
    );
    expect(diagnostics).toEqual([]);
  });

  test('a read failure mid-sheet is one diagnostic naming the file, not a throw', async () => {
    const workbook: WorkbookSource = {
      file: FILE,
      sheets: [
        {
          name: '台账',
          date1904: false,
          async *rows(): AsyncGenerator<SheetRow> {
            yield { row: 1, cells: HEADER };
            yield { row: 2, cells: account() };
            throw new WorkbookReadError(FILE, 'WORKBOOK_CORRUPT', '台账文件已损坏', '请重新保存');
          },
        },
      ],
    };
    const { diagnostics, accounts } = await read(workbook);
    expect(accounts).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: 'WORKBOOK_CORRUPT', file: FILE, message: '台账文件已损坏', hint: '请重新保存' },
    ]);
  });

  test('ten planted mistakes in one sheet give ten located diagnostics in one run', async () => {
    const { diagnostics } = await read(
      registry(
        account({ name: '宜兴发改', id: 'X1' }), // 3: fine
        account({ district: '西湖区' }), // 4
        account({ filed: '2022-02-30' }), // 5
        account({ name: null }), // 6
        account({ platform: '微信公众' }), // 7
        account({ id: 'X1' }), // 8
        account({ name: '宜兴发改', platform: '公众号' }), // 9
        account({ status: '暂停' }), // 10
        account({ status: '关停' }), // 11
        account({ updated: { error: '#N/A' } }), // 12
        account({ filed: '2022-06-01', closed: '2022-01-01' }), // 13
      ),
    );
    expect(codes(diagnostics).sort()).toEqual(
      [
        'REGISTRY_UNKNOWN_DISTRICT@E4',
        'REGISTRY_BAD_DATE@G5',
        'REGISTRY_MISSING_VALUE@B6',
        'REGISTRY_UNKNOWN_PLATFORM@C7',
        'REGISTRY_DUPLICATE_ID@F8',
        'REGISTRY_DUPLICATE_ACCOUNT@B9',
        'REGISTRY_BAD_STATUS@H10',
        'REGISTRY_CLOSED_WITHOUT_DATE@H11',
        'CELL_ERROR@J12',
        'REGISTRY_CLOSED_BEFORE_FILED@I13',
      ].sort(),
    );
    for (const d of diagnostics) expect(d).toMatchObject({ file: FILE, sheet: '台账' });
  });
});

describe('registryPeriodRules', () => {
  const q4 = parseQuarter('2022Q4')!;

  test('REGISTRY_ZOMBIE: more than zombieDays without a post at the period end', async () => {
    const { accounts } = await read(
      registry(
        account({ name: 'A', updated: '2022-12-17' }), // 14 days: not yet
        account({ name: 'B', updated: '2022-12-16' }), // 15 days
        account({ name: 'C', updated: '2023-01-05' }), // after the period end
        account({ name: 'D', updated: '2022-01-01', status: '注销', closed: '2022-06-30' }), // not counted
        account({ name: 'E' }), // no date
      ),
    );
    const diagnostics = registryPeriodRules(accounts, q4, config);
    expect(codes(diagnostics)).toEqual(['REGISTRY_ZOMBIE@J4']);
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: '账号B(微信公众号)最近更新于2022-12-16，至2022-12-31已15天未更新',
    });
  });

  test('the threshold comes from the config', async () => {
    const { accounts } = await read(registry(account({ updated: '2022-12-01' })));
    expect(registryPeriodRules(accounts, q4, { zombieDays: 30 })).toEqual([]);
    expect(registryPeriodRules(accounts, q4, { zombieDays: 29 })).toHaveLength(1);
  });
});
