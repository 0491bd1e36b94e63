import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { readUpdates } from '../../src/updates/read-updates.js';
import { fakeWorkbook, oneSheet } from '../helpers/fake-workbook.js';

const config = defaultConfig();
const FILE = 'updates/1月.xlsx';

describe('readUpdates', () => {
  it('finds the header under a title, accepts the aliases and skips blank and total rows', async () => {
    const { rows, diagnostics } = await readUpdates(
      oneSheet(FILE, '更新', [
        ['1月各账号更新情况'],
        ['序号', '名称（必填）', '平台', '最后更新日期'],
        [1, '宜兴发布', '公众号', '2023/1/5'],
        [],
        [2, '江阴发布', '新浪微博', new Date(Date.UTC(2023, 0, 6))],
        [3, '锡山发布', '抖音', ''],
        ['合计', '3 个'],
      ]),
      { config, file: FILE },
    );
    expect(diagnostics).toEqual([]);
    expect(rows.map((r) => [r.name, r.platform, r.lastUpdate, r.at.row])).toEqual([
      ['宜兴发布', '微信公众号', '2023-01-05', 3],
      ['江阴发布', '微博', '2023-01-06', 5],
    ]);
    expect(rows[0]?.columns).toEqual({ name: 'B', platform: 'C', lastUpdate: 'D' });
  });

  it('accepts 备案编号 alone to name the account', async () => {
    const { rows, diagnostics } = await readUpdates(
      oneSheet(FILE, 'Sheet1', [
        ['编号', '最近更新日期'],
        ['YX-001', '2023年1月9日'],
      ]),
      { config, file: FILE },
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toMatchObject([{ filingId: 'YX-001', lastUpdate: '2023-01-09' }]);
  });

  it('names the cell of a bad date and of a row that names no account', async () => {
    const { rows, diagnostics } = await readUpdates(
      oneSheet(FILE, '更新', [
        ['账号名称', '平台类型', '最近更新日期'],
        ['宜兴发布', '微信公众号', '2023-02-30'],
        ['', '微博', '2023-01-05'],
        ['江阴发布', '微博', '#N/A'],
      ]),
      { config, file: FILE },
    );
    expect(rows).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.sheet, d.cell, d.message])).toEqual([
      ['UPDATES_BAD_DATE', '更新', 'C2', '最近更新日期“2023-02-30”不是有效日期'],
      ['UPDATES_MISSING_ACCOUNT', '更新', 'A3', '这一行有最近更新日期，但没有写明是哪个账号'],
      ['UPDATES_BAD_DATE', '更新', 'C4', '最近更新日期“#N/A”不是有效日期'],
    ]);
  });

  it('says which columns a sheet lacks, naming the headers it found', async () => {
    const { diagnostics } = await readUpdates(
      fakeWorkbook(FILE, [
        { name: '说明', rows: [['本表填写说明']] },
        { name: '更新', rows: [['账号名称', '平台类型', '更新时间']] },
      ]),
      { config, file: FILE },
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'UPDATES_MISSING_COLUMN', sheet: '更新', cell: 'A1' });
    expect(diagnostics[0]?.message).toContain('最近更新日期');
  });
});
