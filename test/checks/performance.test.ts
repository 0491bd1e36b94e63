import { expect, test } from 'vitest';
import { linkChecks } from '../../src/checks/link-checks.js';
import { readChecks } from '../../src/checks/read-checks.js';
import { defaultConfig } from '../../src/config/schema.js';
import { readRegistry } from '../../src/registry/read-registry.js';
import type { CellValue } from '../../src/workbook/types.js';
import { oneSheet } from '../helpers/fake-workbook.js';

const ACCOUNTS = 11_000;
const MONTHS = 12;
const PLATFORMS = ['微信公众号', '微博', '移动客户端', '抖音'];

test(`${ACCOUNTS * MONTHS} result rows are read and linked in a fraction of a second`, async () => {
  const config = defaultConfig();
  const districts = ['市级', ...config.districts];
  const registryRows: CellValue[][] = [['账号名称', '平台类型', '开设主体', '所属地区', '备案日期']];
  for (let i = 0; i < ACCOUNTS; i++) {
    registryRows.push([
      `账号${i}`,
      PLATFORMS[i % 4]!,
      `单位${i}`,
      districts[i % districts.length]!,
      '2020-01-01',
    ]);
  }
  const resultRows: CellValue[][] = [
    ['检查月份', '账号名称', '平台类型', '得分', '单项否决', '否决情形', '检查结论'],
  ];
  for (let m = 1; m <= MONTHS; m++) {
    for (let i = 0; i < ACCOUNTS; i++) {
      const veto = i % 50 === 0;
      resultRows.push([
        `2022-${m}`,
        `账号${i}`,
        PLATFORMS[i % 4]!,
        m % 3 === 0 ? 95 : null,
        veto ? '是' : '否',
        veto ? '内容不更新' : null,
        veto ? '不合格' : '合格',
      ]);
    }
  }
  const start = performance.now();
  const registry = await readRegistry(oneSheet('registry.xlsx', '台账', registryRows), {
    config,
    file: 'registry.xlsx',
  });
  const checks = await readChecks(oneSheet('checks.xlsx', '全年', resultRows), {
    config,
    file: 'checks.xlsx',
    year: 2022,
  });
  const linked = linkChecks(checks.rows, registry.accounts, { config, registryFile: 'registry.xlsx' });
  const elapsed = performance.now() - start;
  expect(registry.diagnostics).toEqual([]);
  expect(checks.diagnostics).toEqual([]);
  expect(linked.diagnostics).toEqual([]);
  expect(linked.records).toHaveLength(ACCOUNTS * MONTHS);
  console.log(`read and linked ${linked.records.length} rows in ${elapsed.toFixed(0)} ms`);
  // Generous for slow CI machines; locally this takes a few hundred milliseconds.
  expect(elapsed).toBeLessThan(3000);
});
